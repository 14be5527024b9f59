import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../components/auth-context.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { useErrorText } from '../i18n/errors.ts';

/** Where to go after logging in: the page that sent us here, if it is one of ours. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

/** E-mail and password form; shows the error by its code on failure, returns to the previous page on success. */
export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  usePageTitle(t('login.title'));
  const { user, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The error itself, not its text: shown in the language of the moment, even after a switch.
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      void navigate(returnPath(location.state), { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  if (user && !busy) {
    return (
      <article className="narrow">
        <h1>{t('login.title')}</h1>
        <p>
          {t('login.already', { name: user.name })} <Link to={returnPath(location.state)}>{t('login.continue')}</Link>
        </p>
      </article>
    );
  }

  return (
    <article className="narrow">
      <h1>{t('login.title')}</h1>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        {error !== null && (
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
        )}
        <label htmlFor="login-email">{t('login.email')}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">{t('login.password')}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </article>
  );
}
