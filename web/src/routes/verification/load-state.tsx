import { useTranslation } from 'react-i18next';
import type { Loaded } from '../../components/use-api.ts';
import { needsLogin, SignedInOnly } from '../../components/signed-in-only.tsx';
import { useErrorText } from '../../i18n/errors.ts';

/** What a verification page loads: each has its own whole sentences, so no language has to build one from a noun. */
export type Loadable = 'facilities' | 'facility' | 'runs' | 'flags' | 'challenges' | 'challenge';

/** The loading and error lines of a verification page; nothing once it has its data. The error is shown by its code. */
export function VerificationLoadState({ state, what }: { state: Loaded<unknown>; what: Loadable }) {
  const { t } = useTranslation('verification');
  const errorText = useErrorText();
  if (state.status === 'loading') return <p aria-busy="true">{t(`loading.${what}`)}</p>;
  if (state.status === 'error' && needsLogin(state.error)) return <SignedInOnly error={state.error} />;
  if (state.status === 'error')
    return (
      <p className="form-error" role="alert">
        {t(`loadFailed.${what}`, { error: errorText(state.error) })}
      </p>
    );
  return null;
}
