import './profile-select.css';
import { useState } from 'react';
import { t } from '../../app/i18n';
import { PROFILE_IDS, isProfileId } from '../../core/profiles/types';
import { useManifest } from '../../state/store';
import { editFailureMessage } from '../forms/fields/edit-failure';
import { SelectField } from '../forms/fields/SelectField';
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
      <SelectField
        id={SELECT_ID}
        label={t('profile.label')}
        helperText=""
        value={profile ?? ''}
        disabled={syntaxError}
        title={t('profile.help')}
        className="kw-profile-select"
        onChange={(value) => void onChange(value)}
      >
        {profile === undefined && <option value="">{t('profile.none')}</option>}
        {PROFILE_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`profile.${id}`)}
          </option>
        ))}
      </SelectField>
      <Notice message={status} onClose={() => setStatus(null)} autoHideMs={6000} />
    </>
  );
}
