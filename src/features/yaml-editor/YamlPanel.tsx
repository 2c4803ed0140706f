import './yaml-panel.css';
import { lazy, Suspense, useState } from 'react';
import { Button } from '../../app/controls/Button';
import { Icon } from '../../app/controls/icons';
import { t, type MessageKey } from '../../app/i18n';
import { formatYaml } from '../../core';
import { useManifest } from '../../state/store';

// Monaco is large: it is its own chunk, loaded after the forms are usable.
const YamlPane = lazy(() => import('./YamlPane'));

/** What the last Format did, shown until the text changes again. */
interface FormatNotice {
  key: MessageKey;
  text: string;
}

/**
 * Formats the manifest through the store, like a form edit: the YAML pane applies it to its
 * model as the one span that changed, so Undo in the pane takes it back.
 */
function formatManifest(): MessageKey {
  const { text, setText } = useManifest.getState();
  const result = formatYaml(text);
  if (!result.ok) {
    return result.reason === 'syntax-error' ? 'yaml.format.syntaxError' : 'yaml.format.refused';
  }
  if (result.text === text) return 'yaml.format.unchanged';
  setText(result.text, 'form');
  return 'yaml.format.done';
}

/** The YAML pane with a text status line, so syntax errors are announced, not only drawn. */
export function YamlPanel() {
  const firstError = useManifest((state) => state.parsed.syntaxErrors[0]);
  const [notice, setNotice] = useState<FormatNotice | null>(null);
  // The notice holds until the text changes; a boolean, so typing does not render the panel.
  const noticeCurrent = useManifest((state) => notice?.text === state.text);
  const shownNotice = noticeCurrent ? notice?.key : undefined;

  const format = () => {
    const key = formatManifest();
    setNotice({ key, text: useManifest.getState().text });
  };

  return (
    <div className="kw-yaml-panel">
      <div className="kw-yaml-panel__toolbar">
        <Button
          size="small"
          startIcon={<Icon name="formatAlignLeft" />}
          aria-label={t('yaml.format.label')}
          onClick={format}
        >
          {t('yaml.format.button')}
        </Button>
      </div>
      <div className="kw-yaml-panel__editor">
        <Suspense
          fallback={
            <div className="kw-yaml-panel__loading">
              <Spinner />
              <p className="kw-yaml-panel__text">{t('yaml.loading')}</p>
            </div>
          }
        >
          <YamlPane />
        </Suspense>
      </div>
      <div
        role="status"
        aria-live="polite"
        className={
          firstError
            ? 'kw-yaml-panel__status kw-yaml-panel__status--error'
            : 'kw-yaml-panel__status'
        }
      >
        {firstError && (
          <p className="kw-yaml-panel__text">
            {t('yaml.syntaxError', {
              line: firstError.start.line,
              column: firstError.start.column,
              message: firstError.message,
            })}
          </p>
        )}
        {shownNotice && <p className="kw-yaml-panel__text">{t(shownNotice)}</p>}
      </div>
    </div>
  );
}

/**
 * MUI's indeterminate CircularProgress at 16 px in the primary colour (the same SVG, animated
 * by yaml-panel.css); decorative, as the text beside it says what is loading.
 */
function Spinner() {
  return (
    <span className="kw-spinner" aria-hidden>
      <svg className="kw-spinner__svg" viewBox="22 22 44 44">
        <circle
          className="kw-spinner__circle"
          cx="44"
          cy="44"
          r="20.2"
          fill="none"
          strokeWidth="3.6"
        />
      </svg>
    </span>
  );
}
