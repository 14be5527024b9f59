import './dashboard.css';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { LoadState } from '../components/load-state.tsx';
import { LoginLink } from '../components/login-link.tsx';
import { ModuleIntro } from '../components/module-intro.tsx';
import { needsLogin } from '../components/signed-in-only.tsx';
import { useApi, type Loaded } from '../components/use-api.ts';
import { formatDateTime, formatInteger } from '../i18n/format.ts';
import { verificationApi } from './verification/api.ts';

/** Landing page of the verification module: its live figures, each linking to the page behind it, then what it covers. */
export function VerificationPage() {
  const { t } = useTranslation('verification');
  // Each item is one translated sentence whose links and emphasis are placed by the translator (<Trans>).
  // The tags are not named after HTML void elements (<link>): the parser would leave them empty.
  // The facilities, flags and challenges are linked once, by their cards' headings; the runs here.
  return (
    <ModuleIntro title={t('intro.title')} lead={t('intro.lead')}>
      <div className="dashboard">
        <FacilitiesCard />
        <FlagsCard />
        <ChallengesCard />
      </div>
      <h2>{t('dashboard.about')}</h2>
      <ul className="feature-list">
        <li>
          <Trans t={t} i18nKey="intro.facilities" components={{ strong: <strong />, page: <span /> }} />
        </li>
        <li>
          <Trans t={t} i18nKey="intro.reports" components={{ strong: <strong /> }} />
        </li>
        <li>
          <Trans
            t={t}
            i18nKey="intro.thresholds"
            components={{ strong: <strong />, runs: <Link to="/verification/runs" />, flags: <span /> }}
          />
        </li>
        <li>
          <Trans t={t} i18nKey="intro.challenges" components={{ strong: <strong />, page: <span /> }} />
        </li>
      </ul>
    </ModuleIntro>
  );
}

/** One figure card: a heading that links to its page, then its figures. */
function Card({ id, title, to, children }: { id: string; title: string; to: string; children: ReactNode }) {
  return (
    <section className="dash-card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        <Link to={to}>{title}</Link>
      </h2>
      {children}
    </section>
  );
}

function FacilitiesCard() {
  const { t } = useTranslation('verification');
  const state = useApi(verificationApi.facilities, 'facilities');
  const facilities = state.status === 'ok' ? state.data.facilities : [];
  const reporting = facilities.filter((f) => f.lastReport !== null);
  const reports = facilities.reduce((n, f) => n + f.reportCount, 0);
  const last = reporting
    .map((f) => f.lastReport?.periodEnd ?? '')
    .sort()
    .at(-1);
  return (
    <Card id="dash-facilities" title={t('dashboard.facilities.title')} to="/verification/facilities">
      <LoadState state={state} what={t('dashboard.facilities.what')} />
      {state.status === 'ok' && (
        <dl className="dash-figures">
          <div>
            <dt>{t('dashboard.facilities.registered')}</dt>
            <dd data-testid="dash-facility-count">{formatInteger(facilities.length)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.facilities.reporting')}</dt>
            <dd>{formatInteger(reporting.length)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.facilities.reports')}</dt>
            <dd>{formatInteger(reports)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.facilities.last')}</dt>
            <dd>{last ? <time dateTime={last}>{formatDateTime(last)}</time> : t('dashboard.facilities.none')}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}

/**
 * What a figure restricted to some roles says when it cannot be shown: to an anonymous visitor, a
 * plain line with a Log in link back here; to an account whose role may not see it, who may.
 */
function Restricted({ state, what, who }: { state: Loaded<unknown>; what: string; who: string }) {
  const { t } = useTranslation('verification');
  if (state.status === 'error' && needsLogin(state.error))
    return (
      <p className="dash-note" data-testid="dash-login">
        {t('dashboard.signIn', { what })}
        <LoginLink />
      </p>
    );
  if (state.status === 'error' && state.error instanceof ApiError && state.error.code === 'forbidden')
    return <p className="dash-note">{t('dashboard.forbidden', { what, who })}</p>;
  return <LoadState state={state} what={what} />;
}

function FlagsCard() {
  const { t } = useTranslation('verification');
  const state = useApi(verificationApi.flags, 'flags');
  return (
    <Card id="dash-flags" title={t('dashboard.flags.title')} to="/verification/flags">
      <Restricted state={state} what={t('dashboard.flags.what')} who={t('dashboard.flags.who')} />
      {state.status === 'ok' && (
        <p className="dash-count">
          {t('dashboard.flags.open', { count: state.data.flags.length, n: formatInteger(state.data.flags.length) })}
        </p>
      )}
    </Card>
  );
}

function ChallengesCard() {
  const { t } = useTranslation('verification');
  const state = useApi(verificationApi.challenges, 'challenges');
  const open = state.status === 'ok' ? state.data.challenges.filter((c) => c.status === 'open') : [];
  const next = open.map((c) => c.deadline).sort()[0];
  return (
    <Card id="dash-challenges" title={t('dashboard.challenges.title')} to="/verification/challenges">
      <Restricted state={state} what={t('dashboard.challenges.what')} who={t('dashboard.challenges.who')} />
      {state.status === 'ok' && (
        <>
          <p className="dash-count">{t('dashboard.challenges.open', { count: open.length, n: formatInteger(open.length) })}</p>
          {next !== undefined && (
            <p className="dash-note">
              <time dateTime={next}>{t('dashboard.challenges.next', { at: formatDateTime(next) })}</time>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
