import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../api/client.ts';

/**
 * A "Log in" link after an error that asks for it (the server's `unauthenticated`), which brings
 * the reader back to this page once logged in; nothing for any other error.
 */
export function LoginLinkFor({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (!(error instanceof ApiError) || error.code !== 'unauthenticated') return null;
  return (
    <>
      {' '}
      <Link to="/login" state={{ from: location.pathname + location.search }}>
        {t('user.logIn')}
      </Link>
    </>
  );
}
