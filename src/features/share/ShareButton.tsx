import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { onDemand, useLoadFailure, useOnDemand } from '../../app/on-demand';
import { MAX_SHARE_TEXT_BYTES } from '../../core/share/link-format';
import { currentShareLink, flushPersistence } from '../../state/persistence';
import { loadCodec } from '../../state/share-codec';
import { Notice } from '../../app/Notice';

const MAX_MB = MAX_SHARE_TEXT_BYTES / (1024 * 1024);

const prefetchCodec = () => void loadCodec();

// The copy-by-hand dialog: fetched only where the clipboard refuses.
const linkDialog = onDemand(() => import('./ShareLinkDialog'));

/** Copies the link that opens the current manifest; where copying is not allowed, shows it. */
export function ShareButton() {
  const [status, setStatus] = useState<string | null>(null);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [dialog, requestDialog] = useOnDemand(linkDialog);

  const share = async () => {
    // The link is made from the text now, not from the address bar, which follows edits a beat late.
    const result = await currentShareLink();
    flushPersistence();
    if (!result.ok) {
      // Where the code that makes links could not be fetched, the app-wide notice says so.
      if (result.reason === 'too-large') setStatus(t('share.tooLarge', { size: MAX_MB }));
      else useLoadFailure.setState({ failed: true });
      return;
    }
    const { link } = result;
    try {
      // Missing where the page is not a secure context; rejected where the user or policy said no.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(link);
      setStatus(t('share.copied'));
    } catch {
      if (await requestDialog()) setManualLink(link);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        color="inherit"
        startIcon={<Icon name="link" />}
        onClick={() => void share()}
        // The code that makes links, fetched before the click when it is not there yet: a
        // browser may refuse a clipboard write that waits on the network after the click.
        onPointerEnter={prefetchCodec}
        onFocus={prefetchCodec}
      >
        {t('share.button')}
      </Button>
      <Notice message={status} onClose={() => setStatus(null)} autoHideMs={5000} />
      {dialog && <dialog.ShareLinkDialog link={manualLink} onClose={() => setManualLink(null)} />}
    </>
  );
}
