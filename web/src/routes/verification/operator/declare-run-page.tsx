import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoginLink } from '../../../components/login-link.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { operatorWrites } from '../api.ts';
import { VerificationNav } from '../verification-nav.tsx';
import { useMayRegister } from './access.ts';
import { numberOf } from './inventory-editor.tsx';
import { withHint } from './key-field.tsx';

type Draft = Record<'id' | 'developer' | 'name' | 'purpose' | 'expectedFlop' | 'licenceRef', string>;

/** /verification/runs/new: an operator (or the admin) declares a training run, publicly. */
export function DeclareRunPage() {
  const { t } = useTranslation('verification');
  usePageTitle(t('operator.run.title'));
  const mayDeclare = useMayRegister();
  return (
    <article>
      <h1>{t('operator.run.title')}</h1>
      <VerificationNav />
      <p className="lead">{t('operator.run.lead')}</p>
      {mayDeclare ? (
        <DeclareRunForm />
      ) : (
        <p className="notice">
          {t('operator.operatorsOnly')} <LoginLink />
        </p>
      )}
    </article>
  );
}

function DeclareRunForm() {
  const { t } = useTranslation('verification');
  const action = useAction({ already_exists: 'id' });
  const [confirm, confirmDialog] = useConfirm();
  const [draft, setDraft] = useState<Draft>({ id: '', developer: '', name: '', purpose: '', expectedFlop: '', licenceRef: '' });
  const [declared, setDeclared] = useState<string | null>(null);
  const input = (name: keyof Draft) => ({
    ...action.field(name),
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  const hinted = (name: keyof Draft) => ({ ...input(name), ...withHint(action.field(name), `${action.field(name).id}-hint`) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(draft.id.trim() ? { id: draft.id.trim() } : {}),
      developer: draft.developer.trim(),
      name: draft.name.trim(),
      purpose: draft.purpose.trim(),
      expectedFlop: numberOf(draft.expectedFlop),
      ...(draft.licenceRef.trim() ? { licenceRef: draft.licenceRef.trim() } : {}),
    };
    if (!(await confirm({ question: t('operator.run.confirm', { name: body.name }), action: t('operator.run.submit') }))) return;
    const run = await action.run(() => operatorWrites.declareRun(body));
    if (run) setDeclared(run.id);
  };

  return (
    <form className="form operator-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={action.field('name').id}>{t('operator.run.name')}</label>
      <input {...input('name')} required maxLength={200} />
      <FieldError action={action} name="name" />
      <label htmlFor={action.field('id').id}>{t('operator.run.id')}</label>
      <input {...hinted('id')} dir="ltr" maxLength={64} />
      <span className="muted" id={`${action.field('id').id}-hint`}>
        {t('operator.run.idHint')}
      </span>
      <FieldError action={action} name="id" />
      <label htmlFor={action.field('developer').id}>{t('operator.run.developer')}</label>
      <input {...input('developer')} required maxLength={200} />
      <FieldError action={action} name="developer" />
      <label htmlFor={action.field('purpose').id}>{t('operator.run.purpose')}</label>
      <textarea {...input('purpose')} rows={3} required maxLength={2000} />
      <FieldError action={action} name="purpose" />
      <label htmlFor={action.field('expectedFlop').id}>{t('operator.run.expectedFlop')}</label>
      <input {...hinted('expectedFlop')} inputMode="decimal" dir="ltr" placeholder="3e25" required />
      <span className="muted" id={`${action.field('expectedFlop').id}-hint`}>
        {t('operator.run.expectedFlopHint')}
      </span>
      <FieldError action={action} name="expectedFlop" />
      <label htmlFor={action.field('licenceRef').id}>{t('operator.run.licenceRef')}</label>
      <input {...input('licenceRef')} maxLength={200} />
      <FieldError action={action} name="licenceRef" />
      <ActionResult
        action={action}
        done={
          <>
            {t('operator.run.done', { id: declared ?? '' })} <Link to="/verification/runs">{t('operator.run.toRuns')}</Link>
          </>
        }
      />
      <button type="submit" className="button" disabled={action.busy}>
        {t('operator.run.submit')}
      </button>
      {confirmDialog}
    </form>
  );
}
