import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { LoginLinkFor } from './login-link.tsx';

/** True for the error an anonymous visitor gets from a page that needs an account. */
export const needsLogin = (error: unknown) => error instanceof ApiError && error.code === 'unauthenticated';

/** Said plainly to an anonymous visitor, instead of an error: what needs an account, and a Log in link back here. */
export function SignedInOnly({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid="signed-in-only">
      {t('load.signedInOnly')}
      <LoginLinkFor error={error} />
    </p>
  );
}
