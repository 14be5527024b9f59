/**
 * A delegation's witness: the one it registered (name, key, address, whether the log asks it), a
 * form to register or replace it, and its withdrawal after a confirmation. A member participant's
 * delegate uses it on the participants page; the admin in the console, for any participant. The
 * server checks who may act and the key's form again; each change is logged.
 */
import './delegation-witness.css';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { witnessApi, WITNESS_CODE_FIELDS, type Witness } from '../../api/witnesses.ts';
import { ActionResult, FieldError, useAction, type Action } from '../../components/action.tsx';
import { useConfirm } from '../../components/confirm.tsx';
import { formatDateTime, formatInteger } from '../../i18n/format.ts';

/** The field's props with a hint joined to the error it may already describe. */
function withHint(field: ReturnType<Action['field']>, hintId: string) {
  return { ...field, 'aria-describedby': [hintId, field['aria-describedby']].filter(Boolean).join(' ') };
}

/** What is registered for the delegation: the witness's name, key, address, and what the log makes of it. */
function CurrentWitness({ witness }: { witness: Witness }) {
  const { t } = useTranslation('assembly');
  return (
    <dl className="delegation-witness-current" data-testid="current-witness">
      <dt>{t('witness.name')}</dt>
      <dd lang="zxx" dir="ltr">
        {witness.name}
      </dd>
      <dt>{t('witness.vkey')}</dt>
      <dd>
        <code lang="zxx" dir="ltr">
          {witness.vkey}
        </code>
      </dd>
      <dt>{t('witness.url')}</dt>
      <dd>
        <code lang="zxx" dir="ltr">
          {witness.url}
        </code>
      </dd>
      <dt>{t('witness.asked')}</dt>
      <dd>{witness.asked ? t('witness.askedYes') : t('witness.askedNo')}</dd>
      <dt>{t('witness.last')}</dt>
      <dd>
        {witness.lastSize === null
          ? t('witness.never')
          : t('witness.lastCosigned', {
              size: formatInteger(witness.lastSize),
              at: witness.lastCosignedAt ? formatDateTime(witness.lastCosignedAt) : '—',
            })}
        {witness.lastError && (
          <>
            {' '}
            <span className="muted">
              {t('witness.lastError')} <span lang="en">{witness.lastError}</span>
            </span>
          </>
        )}
      </dd>
    </dl>
  );
}

/**
 * The delegation `participantName`'s witness (`witness`, or null when none is registered), with the
 * form that registers or replaces it and the button that withdraws it. `onChanged` runs after a
 * change, for the page to read the list again.
 */
export function DelegationWitness({
  participantId,
  participantName,
  witness,
  onChanged,
  headingLevel = 3,
}: {
  participantId: number;
  participantName: string;
  witness: Witness | null;
  onChanged: () => void;
  /** The level of the form's heading, one below the section it sits in. */
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation('assembly');
  const withdrawal = useAction();
  const [confirm, confirmDialog] = useConfirm();

  const withdraw = async () => {
    if (!witness) return;
    const question = t('witness.withdrawConfirm', { witness: witness.name, participant: participantName });
    if (!(await confirm({ question, action: t('witness.withdraw'), danger: true }))) return;
    await withdrawal.run(() => witnessApi.withdraw(participantId));
    // A withdrawal answers without a body: the list is read again whatever the answer was.
    onChanged();
  };

  return (
    <div className="delegation-witness">
      {witness ? <CurrentWitness witness={witness} /> : <p data-testid="current-witness">{t('witness.none')}</p>}
      {witness && (
        <p>
          <button type="button" className="button secondary" onClick={() => void withdraw()} disabled={withdrawal.busy}>
            {t('witness.withdraw')}
          </button>
        </p>
      )}
      <ActionResult action={withdrawal} done={t('witness.withdrawn')} />
      <WitnessForm participantId={participantId} replacing={witness !== null} onSaved={onChanged} headingLevel={headingLevel} />
      {confirmDialog}
    </div>
  );
}

/** Registers the delegation's witness, or replaces the one it has (`replacing`): its verifier key and address. */
function WitnessForm({
  participantId,
  replacing,
  onSaved,
  headingLevel: Heading,
}: {
  participantId: number;
  replacing: boolean;
  onSaved: () => void;
  headingLevel: 3 | 4;
}) {
  const { t } = useTranslation('assembly');
  const headingId = useId();
  const Title = Heading === 3 ? 'h3' : 'h4';
  const save = useAction(WITNESS_CODE_FIELDS);
  const [vkey, setVkey] = useState('');
  const [url, setUrl] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save.run(() => witnessApi.register(participantId, { vkey: vkey.trim(), url: url.trim() }));
    if (saved) {
      setVkey('');
      setUrl('');
      onSaved();
    }
  };

  const vkeyField = save.field('vkey');
  const urlField = save.field('url');
  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby={headingId}>
      <Title id={headingId}>{replacing ? t('witness.replaceLabel') : t('witness.registerLabel')}</Title>
      <label htmlFor={vkeyField.id}>{t('witness.vkey')}</label>
      <input
        {...withHint(vkeyField, `${vkeyField.id}-hint`)}
        value={vkey}
        onChange={(e) => setVkey(e.target.value)}
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
        required
      />
      <span className="muted" id={`${vkeyField.id}-hint`}>
        {t('witness.vkeyHint', { command: 'concord witness keygen' })}
      </span>
      <FieldError action={save} name="vkey" />
      <label htmlFor={urlField.id}>{t('witness.url')}</label>
      <input
        {...withHint(urlField, `${urlField.id}-hint`)}
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        dir="ltr"
        spellCheck={false}
        autoComplete="url"
        inputMode="url"
        required
      />
      <span className="muted" id={`${urlField.id}-hint`}>
        {t('witness.urlHint')}
      </span>
      <FieldError action={save} name="url" />
      <ActionResult action={save} done={t('witness.saved')} />
      <button type="submit" className="button" disabled={save.busy}>
        {replacing ? t('witness.replace') : t('witness.register')}
      </button>
    </form>
  );
}
