import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/errors.ts';
import { needsLogin, SignedInOnly } from './signed-in-only.tsx';

/**
 * The loading and error lines of a page that waits for a request; nothing once it has its data.
 * `what` is a noun from the page's own catalogue ("events"); the sentences around it are `common`'s,
 * worded in each language so that the noun stands alone (no case or gender to agree with).
 * The error is shown by its code in the reader's language (useErrorText).
 */
export function LoadState({ state, what }: { state: { status: string; error?: unknown }; what: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (state.status === 'loading') return <p aria-busy="true">{t('load.loadingWhat', { what })}</p>;
  if (state.status === 'error' && needsLogin(state.error)) return <SignedInOnly error={state.error} />;
  if (state.status === 'error')
    return (
      <p className="form-error" role="alert">
        {t('load.failed', { what, error: errorText(state.error) })}
      </p>
    );
  return null;
}

/** The placeholder shown while a lazily loaded page's code arrives. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('load.loading')}</p>;
}
