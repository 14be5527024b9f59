/**
 * The assembly's voting rules, for the admin: the current rules in a form whose sliders show,
 * as they move and before anything is saved, each member's weight and voting power (normalised
 * Banzhaf, Shapley–Shubik) and any veto player under the rules as they stand in the form, for a
 * chosen kind of motion (POST /api/assembly/rules/preview, debounced). Saving asks first.
 */
import './assembly-admin.css';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, data, http } from '../../../api/client.ts';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatInteger } from '../../../i18n/format.ts';
import { RulesFields } from './rules-fields.tsx';
import { PowerPreview, type Preview } from './power-preview.tsx';
import type { MotionKind, Rules } from './rules-types.ts';

export function RulesAdmin() {
  const { t } = useTranslation('admin/assembly');
  usePageTitle(t('rules.title'));
  const [version, setVersion] = useState(0);
  const state = useKeptApi(() => data(http.GET('/api/assembly/rules')), version);
  return (
    <article className="assembly-admin">
      <h1>{t('rules.title')}</h1>
      <p className="lead">{t('rules.lead')}</p>
      <LoadState state={state} what={t('rules.what')} />
      {state.status === 'ok' && <RulesEditor saved={state.data} onSaved={() => setVersion((v) => v + 1)} />}
    </article>
  );
}

/** The preview of the draft rules: the last answer, kept (and shown as updating) while the next is on its way. */
function usePreview(rules: Rules, kind: MotionKind): Preview {
  const body = JSON.stringify({ rules, kind });
  const [answer, setAnswer] = useState<{ for: string | null; result: Preview['result']; error: Preview['error'] }>({
    for: null,
    result: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const request = JSON.parse(body) as { rules: Rules; kind: MotionKind };
      data(http.POST('/api/assembly/rules/preview', { body: request })).then(
        (result) => live && setAnswer({ for: body, result, error: null }),
        (error: unknown) =>
          live &&
          setAnswer((a) => ({
            for: body,
            result: a.result,
            error: error instanceof ApiError ? error : new ApiError('unexpected', String(error), 0),
          })),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [body]);
  return { updating: answer.for !== body, result: answer.result, error: answer.error };
}

function RulesEditor({ saved, onSaved }: { saved: { version: number; rules: Rules }; onSaved: () => void }) {
  const { t } = useTranslation('admin/assembly');
  const [rules, setRules] = useState<Rules>(saved.rules);
  const [kind, setKind] = useState<MotionKind>('adoption');
  const preview = usePreview(rules, kind);
  const action = useAction({ weights_not_normalized: 'weighting' });
  const [confirm, confirmDialog] = useConfirm();
  const changed = JSON.stringify(rules) !== JSON.stringify(saved.rules);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const question = t('rules.confirm', { version: formatInteger(saved.version + 1) });
    if (!(await confirm({ question, action: t('rules.save') }))) return;
    if (await action.run(() => http.PUT('/api/assembly/rules', { body: rules }))) onSaved();
  };
  return (
    <div className="rules-layout">
      <form className="rules-form" onSubmit={(e) => void submit(e)} aria-labelledby="rules-form-heading">
        <h2 id="rules-form-heading">{t('rules.formHeading', { version: formatInteger(saved.version) })}</h2>
        <RulesFields rules={rules} onChange={setRules} action={action} />
        <div className="rules-save">
          <button type="submit" className="button" disabled={!changed || action.busy}>
            {t('rules.save')}
          </button>
          {changed ? (
            <button type="button" className="button secondary" onClick={() => setRules(saved.rules)}>
              {t('rules.undo')}
            </button>
          ) : (
            <span className="muted">{t('rules.unchanged')}</span>
          )}
        </div>
        {action.error?.code === 'ballot_open' && (
          <p className="form-error" data-testid="ballot-open">
            {t('rules.ballotOpen')}
          </p>
        )}
        <ActionResult action={action} done={t('rules.saved')} />
        {confirmDialog}
      </form>
      <PowerPreview preview={preview} kind={kind} onKind={setKind} thresholds={rules.thresholds} />
    </div>
  );
}
