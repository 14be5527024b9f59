import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useAuth } from '../components/auth-context.tsx';
import { usePageTitle } from '../components/page-title.ts';

/** Where to go after logging in: the page that sent us here, if it is one of ours. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

/** E-mail and password form; shows the server's message on failure, returns to the previous page on success. */
export function LoginPage() {
  usePageTitle('Log in');
  const { user, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
      void navigate(returnPath(location.state), { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Logging in failed; try again.');
      setBusy(false);
    }
  }

  if (user && !busy) {
    return (
      <article className="narrow">
        <h1>Log in</h1>
        <p>
          You are logged in as {user.name}. <Link to={returnPath(location.state)}>Continue</Link>
        </p>
      </article>
    );
  }

  return (
    <article className="narrow">
      <h1>Log in</h1>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <label htmlFor="login-email">E-mail</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">Password</label>
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
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </article>
  );
}
