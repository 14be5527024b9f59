import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { formatDateTime, formatDateTimeUtc, formatInteger, formatPercent } from '../../i18n/format.ts';
import { assemblyApi, type Motion } from './api.ts';
import { AmendmentTitleById } from './amendment-title.tsx';
import { BallotForm } from './ballot-form.tsx';
import { MotionLanguages, MotionState } from './motion-parts.tsx';
import { MotionResult } from './motion-result.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';

/** A motion: its frozen rules; the delegate's ballot while open; the result and every ballot once closed. */
export function MotionPage() {
  const { t } = useTranslation('assembly');
  const id = Number(useParams().id);
  const [reload, setReload] = useState(0);
  // The receipt of the last ballot outlives the reload that shows the new turnout.
  const [receipt, setReceipt] = useState<string | null>(null);
  const data = useApi(() => assemblyApi.motion(id), `${id}:${reload}`);
  usePageTitle(data.status === 'ok' ? data.data.title : t('motion.title'));
  return (
    <article>
      <AssemblyNav />
      {receipt && (
        <p className="form-ok" role="status">
          {receipt}
        </p>
      )}
      <Load state={data}>
        {(m) => (
          <MotionView
            m={m}
            onVoted={(message) => {
              setReceipt(message);
              setReload((n) => n + 1);
            }}
          />
        )}
      </Load>
    </article>
  );
}

function MotionView({ m, onVoted }: { m: Motion; onVoted: (receipt: string) => void }) {
  const { t } = useTranslation('assembly');
  return (
    <>
      <h1>{m.title}</h1>
      <dl className="facts">
        <dt>{t('motion.kind')}</dt>
        <dd>{t(`motionKind.${m.kind}`)}</dd>
        <dt>{t('motion.state')}</dt>
        <dd>
          <MotionState m={m} testId="motion-status" />
        </dd>
        {/* Local time for the reader; UTC because the closing time binds every delegation alike. */}
        <dt>{t('motion.opens')}</dt>
        <dd>{t('motion.when', { local: formatDateTime(m.opensAt), utc: formatDateTimeUtc(m.opensAt) })}</dd>
        <dt>{t('motion.closes')}</dt>
        <dd>{t('motion.when', { local: formatDateTime(m.closesAt), utc: formatDateTimeUtc(m.closesAt) })}</dd>
        {m.amendmentId && m.treatyId && (
          <>
            <dt>{t('motion.amendment')}</dt>
            <dd>
              <Link to={`/assembly/treaties/${m.treatyId}/amendments/${m.amendmentId}`}>
                <AmendmentTitleById treatyId={m.treatyId} amendmentId={m.amendmentId} />
              </Link>
            </dd>
          </>
        )}
        {m.kind === 'adoption' && m.treatyId && (
          <>
            <dt>{t('motion.treaty')}</dt>
            <dd>
              <Link to={`/assembly/treaties/${m.treatyId}`}>{t('motion.treatyLink', { version: formatInteger(m.treatyVersion) })}</Link>
            </dd>
          </>
        )}
      </dl>
      {m.rules && <FrozenRules rules={m.rules} />}
      {m.languages && <MotionLanguages languages={m.languages} />}
      {m.status === 'open' && m.turnout && (
        <p data-testid="turnout">
          {t('motion.turnout', {
            states: formatInteger(m.turnout.states),
            stateMembers: formatInteger(m.turnout.stateMembers),
            organizations: formatInteger(m.turnout.organizations),
            organizationMembers: formatInteger(m.turnout.organizationMembers),
          })}
        </p>
      )}
      {m.status === 'open' && <BallotForm m={m} onVoted={onVoted} />}
      {m.status === 'closed' && m.result && <MotionResult m={m} tally={m.result.tally} />}
    </>
  );
}

/** The rules the motion is decided by, as frozen when it opened. */
function FrozenRules({ rules }: { rules: NonNullable<Motion['rules']> }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('motion.rules.heading', { version: formatInteger(rules.rulesVersion) })}</h2>
      <ul className="muted">
        <li>{t('motion.rules.threshold', { share: formatPercent(rules.threshold) })}</li>
        <li>{t('motion.rules.quorum', { share: formatPercent(rules.quorum) })}</li>
        {rules.doubleMajority !== null && <li>{t('motion.rules.doubleMajority', { share: formatPercent(rules.doubleMajority) })}</li>}
        <li>
          {rules.orgChamber.mode === 'advisory'
            ? t('motion.rules.orgAdvisory')
            : t('motion.rules.orgWeighted', { share: formatPercent(rules.orgChamber.share) })}
        </li>
      </ul>
    </section>
  );
}
