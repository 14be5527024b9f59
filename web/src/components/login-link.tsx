import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../api/client.ts';

/** A "Log in" link that brings the reader back to this page once logged in (after a space). */
export function LoginLink() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      {' '}
      <Link to="/login" state={{ from: location.pathname + location.search }}>
        {t('user.logIn')}
      </Link>
    </>
  );
}

/** A {@link LoginLink} after an error that asks for it (the server's `unauthenticated`); nothing for any other error. */
export function LoginLinkFor({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || error.code !== 'unauthenticated') return null;
  return <LoginLink />;
}
