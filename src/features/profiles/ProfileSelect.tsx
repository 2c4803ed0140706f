import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { PROFILE_IDS, isProfileId } from '../../core/profiles/types';
import { useManifest } from '../../state/store';
import { editFailureMessage } from '../forms/fields/edit-failure';
import { Notice } from '../../app/Notice';

const SELECT_ID = 'ingress-controller';

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
      {/*
        The parts of a small outlined TextField with a native select, put together here: TextField
        imports the menu Select (Menu, Popover, Modal), which a native select never uses.
      */}
      <FormControl
        size="small"
        disabled={syntaxError}
        sx={{
          width: 200,
          mt: 0.5,
          bgcolor: 'background.paper',
          borderRadius: 1,
          '& select': { fontSize: '0.8125rem' },
        }}
      >
        {/* The label sits on the outline, over the dark app bar: give it the field's background. */}
        <InputLabel
          htmlFor={SELECT_ID}
          id={`${SELECT_ID}-label`}
          shrink
          sx={{ bgcolor: 'background.paper', px: 0.5, borderRadius: 0.5 }}
        >
          {t('profile.label')}
        </InputLabel>
        <NativeSelect
          id={SELECT_ID}
          value={profile ?? ''}
          onChange={(event) => void onChange(event.target.value)}
          input={<OutlinedInput label={t('profile.label')} notched />}
          inputProps={{ title: t('profile.help') }}
        >
          {profile === undefined && <option value="">{t('profile.none')}</option>}
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`profile.${id}`)}
            </option>
          ))}
        </NativeSelect>
      </FormControl>
      <Notice message={status} onClose={() => setStatus(null)} autoHideMs={6000} />
    </>
  );
}
