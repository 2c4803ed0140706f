import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { PROFILE_IDS, isProfileId } from '../../core/profiles/types';
import { useManifest } from '../../state/store';
import { editFailureMessage } from '../forms/fields/edit-failure';

/**
 * "Ingress controller": shows the profile read from the manifest and rewrites the manifest for
 * another one (class, gRPC settings, TLS, or Gateway + GRPCRoute). Undo takes a switch back.
 */
export function ProfileSelect() {
  const profile = useManifest((state) => state.profile);
  const switchProfile = useManifest((state) => state.switchProfile);
  const syntaxError = useManifest((state) => state.parsed.syntaxErrors.length > 0);
  const [status, setStatus] = useState<string | null>(null);

  const onChange = async (value: string) => {
    if (!isProfileId(value)) return;
    const result = await switchProfile(value);
    setStatus(
      result.ok
        ? t('profile.switched', { profile: t(`profile.${value}`) })
        : t('profile.failed', { reason: editFailureMessage(result.reason) }),
    );
  };

  return (
    <>
      <TextField
        select
        id="ingress-controller"
        label={t('profile.label')}
        value={profile ?? ''}
        disabled={syntaxError}
        onChange={(event) => void onChange(event.target.value)}
        size="small"
        sx={{
          width: 200,
          mt: 0.5,
          bgcolor: 'background.paper',
          borderRadius: 1,
          '& select': { fontSize: '0.8125rem' },
        }}
        slotProps={{
          select: { native: true },
          // The label sits on the outline, over the dark app bar: give it the field's background.
          inputLabel: {
            shrink: true,
            sx: { bgcolor: 'background.paper', px: 0.5, borderRadius: 0.5 },
          },
          htmlInput: { title: t('profile.help') },
        }}
      >
        {profile === undefined && <option value="">{t('profile.none')}</option>}
        {PROFILE_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`profile.${id}`)}
          </option>
        ))}
      </TextField>
      <Snackbar
        open={status !== null}
        autoHideDuration={6000}
        onClose={() => setStatus(null)}
        message={status ?? ''}
        slotProps={{ content: { role: 'status' } }}
      />
    </>
  );
}
