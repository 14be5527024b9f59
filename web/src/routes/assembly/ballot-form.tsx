import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginLink } from '../../components/login-link.tsx';
import { useAuth } from '../../components/auth-context.tsx';
import { useErrorText } from '../../i18n/errors.ts';
import { formatInteger } from '../../i18n/format.ts';
import { assemblyApi, type Choice, type Motion } from './api.ts';
import { CHOICES } from './standing.ts';

/** A delegate's ballot on an open motion: cast, or changed until the close. */
export function BallotForm({ m, onVoted }: { m: Motion; onVoted: (receipt: string) => void }) {
  const { t } = useTranslation('assembly');
  const errorText = useErrorText();
  const { user } = useAuth();
  const mine = m.myBallot;
  const [choice, setChoice] = useState<Choice | null>(mine?.choice ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (user?.role !== 'delegate')
    return (
      <p className="muted">
        {t('ballot.delegatesOnly')}
        {!user && <LoginLink />}
      </p>
    );
  if (!mine?.eligible) return <p className="muted">{t('ballot.notEligible')}</p>;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      const receipt = await assemblyApi.vote(m.id, choice);
      const values = {
        choice: t(`choice.${receipt.choice}`),
        index: formatInteger(receipt.logIndex),
        commitment: `${receipt.commitment.slice(0, 12)}…`,
      };
      onVoted(receipt.changed ? t('ballot.receiptChanged', values) : t('ballot.receiptCast', values));
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">{t('ballot.heading')}</h2>
      {mine.choice && <p data-testid="my-ballot">{t('ballot.standing', { choice: t(`choice.${mine.choice}`) })}</p>}
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="ballot-choices">
          <legend>{t('ballot.choice')}</legend>
          {CHOICES.map((c) => (
            <label key={c}>
              <input type="radio" name="choice" value={c} checked={choice === c} onChange={() => setChoice(c)} /> {t(`choice.${c}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy || !choice}>
          {mine.choice ? t('ballot.change') : t('ballot.cast')}
        </button>
      </form>
    </section>
  );
}
