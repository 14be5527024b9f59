import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { operatorWrites, type Challenge } from '../api.ts';
import { problemList } from '../flag-text.ts';
import { checkOpening, figureMismatches, type Opening } from './commitment.ts';

type Workload = Challenge['workloads'][number];

/**
 * Answers a challenge from files (the facility's operators, the admin): a pending workload, its
 * record file and its salt file. The browser computes the commitment they open and compares it
 * with the stored one before anything is sent; only an opening answer can be sent, after asking.
 */
export function AnswerChallengeForm({ challenge, onAnswered }: { challenge: Challenge; onAnswered: (c: Challenge) => void }) {
  const { t } = useTranslation('verification');
  const id = useId();
  const pending = challenge.workloads.filter((w) => w.status === 'pending');
  const [workloadId, setWorkloadId] = useState(pending[0]?.workloadId ?? '');
  const [record, setRecord] = useState<{ name: string; text: string } | null>(null);
  const [salt, setSalt] = useState<{ name: string; text: string } | null>(null);
  // The opening last computed, with the files and workload it was computed for (a stale one is not shown).
  const [checked, setChecked] = useState<{ record: unknown; salt: unknown; workloadId: string; opening: Opening } | null>(null);
  const [answered, setAnswered] = useState<Workload | null>(null);
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const workload = challenge.workloads.find((w) => w.workloadId === workloadId);

  useEffect(() => {
    if (!record || !salt || !workload) return;
    let live = true;
    void checkOpening(record.text, salt.text, workload.commitment).then(
      (opening) => live && setChecked({ record, salt, workloadId: workload.workloadId, opening }),
    );
    return () => {
      live = false;
    };
  }, [record, salt, workload]);
  const opening =
    checked && checked.record === record && checked.salt === salt && checked.workloadId === workloadId ? checked.opening : null;

  const read = (set: typeof setRecord) => async (file: File | undefined) => {
    action.reset();
    setAnswered(null);
    set(file ? { name: file.name, text: await file.text() } : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (opening?.kind !== 'opens' || !workload) return;
    const question = t('operator.answer.confirm', { workload: workload.workloadId, id: challenge.id });
    if (!(await confirm({ question, action: t('operator.answer.submit') }))) return;
    const updated = await action.run(() =>
      operatorWrites.answerChallenge(challenge.id, { workloadId: workload.workloadId, record: opening.record, salt: opening.salt }),
    );
    if (updated) {
      setAnswered(updated.workloads.find((w) => w.workloadId === workload.workloadId) ?? null);
      onAnswered(updated);
    }
  };

  if (pending.length === 0 && !answered) return <p className="muted">{t('operator.answer.nonePending')}</p>;
  return (
    <form className="form operator-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`} data-testid="answer-form">
      <h2 id={`${id}-heading`}>{t('operator.answer.heading')}</h2>
      <p className="muted">{t('operator.answer.lead')}</p>
      <label htmlFor={`${id}-workload`}>{t('operator.answer.workload')}</label>
      <select id={`${id}-workload`} value={workloadId} onChange={(e) => (setWorkloadId(e.target.value), setAnswered(null), action.reset())}>
        {challenge.workloads
          .filter((w) => w.status === 'pending' || w.workloadId === workloadId)
          .map((w) => (
            <option key={w.workloadId} value={w.workloadId}>
              {w.workloadId}
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-record`}>{t('operator.answer.record')}</label>
      <input id={`${id}-record`} type="file" accept="application/json,.json" onChange={(e) => void read(setRecord)(e.target.files?.[0])} />
      <label htmlFor={`${id}-salt`}>{t('operator.answer.salt')}</label>
      <input id={`${id}-salt`} type="file" onChange={(e) => void read(setSalt)(e.target.files?.[0])} />
      <OpeningLine opening={opening} workload={workload} />
      <ActionResult action={action} done={answered && <AnsweredLine workload={answered} challenge={challenge} />} />
      <button type="submit" className="button" disabled={action.busy || opening?.kind !== 'opens' || answered !== null}>
        {t('operator.answer.submit')}
      </button>
      {confirmDialog}
    </form>
  );
}

/** What the browser found, before sending: the files open the stored commitment, or why not. */
function OpeningLine({ opening, workload }: { opening: Opening | null; workload: Workload | undefined }) {
  const { t } = useTranslation('verification');
  if (!opening || !workload) return <p className="muted" aria-live="polite" data-testid="opening" />;
  const values = { workload: workload.workloadId };
  const text = {
    opens: t('operator.answer.opens', values),
    'does-not-open': t('operator.answer.doesNotOpen', values),
    'bad-record': t('operator.answer.badRecord'),
    'bad-salt': t('operator.answer.badSalt'),
  }[opening.kind];
  const mismatches = opening.kind === 'opens' ? figureMismatches(opening.record, workload) : [];
  return (
    <div
      className={opening.kind === 'opens' ? 'form-done' : 'form-error'}
      aria-live="polite"
      data-testid="opening"
      data-opening={opening.kind}
    >
      <p>{text}</p>
      {mismatches.length > 0 && (
        <p data-testid="figure-mismatch">{t('operator.answer.mismatch', { problems: problemList(t, mismatches.join(',')) })}</p>
      )}
      {opening.kind === 'does-not-open' && (
        <dl className="facts hashes">
          <dt>{t('operator.answer.stored')}</dt>
          <dd>
            <code dir="ltr">{workload.commitment}</code>
          </dd>
          <dt>{t('operator.answer.computed')}</dt>
          <dd>
            <code dir="ltr">{opening.computed}</code>
          </dd>
        </dl>
      )}
    </div>
  );
}

/** The server's decision on the answer just sent, and the challenge's standing after it. */
function AnsweredLine({ workload, challenge }: { workload: Workload; challenge: Challenge }) {
  const { t } = useTranslation('verification');
  return (
    <span data-testid="answered" data-status={workload.status}>
      {t('operator.answer.answered', {
        workload: workload.workloadId,
        status: t(`status.${workload.status}`),
        challengeStatus: t(`status.${challenge.status}`),
      })}
      {workload.problems && workload.problems.length > 0 && <> {problemList(t, workload.problems.join(','))}</>}
    </span>
  );
}
