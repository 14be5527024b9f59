import './coalition-admin.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, useAction, type Action } from '../../../components/action.tsx';
import { CurrencyInput, Field, fieldSetter, FormButtons } from './form-parts.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useApi, useKeptApi } from '../../../components/use-api.ts';
import { data, http, type components } from '../../../api/client.ts';
import { formatDate, formatInteger, formatMoney, formatNumber } from '../../../i18n/format.ts';
import { localIsoDate } from '../../coalition/coalition-format.ts';
import { ContributionsImport } from './contributions-import.tsx';
import { Figures } from './figures.tsx';
import { amountToMinor, hoursFromText } from './money-input.ts';
import { matches } from './search-box.tsx';

type Contribution = components['schemas']['Contribution'];
type Person = components['schemas']['CoalitionPerson'];

const PAGE = 100;

/** The console's contributions: the ledger (newest first), a new entry, a reversal, and the CSV import. */
export function ContributionsAdmin() {
  const { t } = useTranslation('admin/coalition');
  usePageTitle(t('contributions.title'));
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  return (
    <article className="coalition-admin">
      <h1>{t('contributions.title')}</h1>
      <p className="lead">{t('contributions.lead')}</p>
      <AddContribution onAdded={reload} />
      <ContributionsImport onImported={reload} />
      <Ledger version={version} onChanged={reload} />
    </article>
  );
}

function Ledger({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const [limit, setLimit] = useState(PAGE);
  const state = useKeptApi(() => data(http.GET('/api/coalition/contributions', { params: { query: { limit } } })), `${version}:${limit}`);
  const [reversing, setReversing] = useState<Contribution | null>(null);
  return (
    <section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">{t('contributions.ledger')}</h2>
      {reversing && <ReversalForm key={reversing.id} contribution={reversing} onDone={onChanged} onClose={() => setReversing(null)} />}
      <LoadState state={state} what={t('contributions.what')} />
      {state.status === 'ok' && (
        <>
          <p className="muted">
            {t('contributions.count', {
              count: state.data.total,
              shown: formatInteger(state.data.contributions.length),
              total: formatInteger(state.data.total),
            })}
          </p>
          <ScrollRegion label={t('contributions.ledger')}>
            <table className="ledger">
              <thead>
                <tr>
                  <th scope="col">{t('contributions.entry')}</th>
                  <th scope="col">{t('contributions.date')}</th>
                  <th scope="col">{t('contributions.person')}</th>
                  <th scope="col" className="numeric">
                    {t('contributions.hours')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('contributions.amount')}
                  </th>
                  <th scope="col">{t('contributions.description')}</th>
                  <th scope="col">{t('actions.heading')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.contributions.map((c) => (
                  <tr key={c.id} data-contribution-id={c.id} className={c.reversesId || c.reversedById ? 'reversed' : undefined}>
                    <th scope="row">{t('contributions.entryNumber', { id: formatInteger(c.id) })}</th>
                    <td>{formatDate(c.contributedOn)}</td>
                    <td className="person">{c.personName}</td>
                    <td className="numeric">{c.hours !== 0 ? formatNumber(c.hours) : ''}</td>
                    <td className="numeric">
                      {c.amountMinor !== 0 && c.currency ? <bdi>{formatMoney(c.amountMinor, c.currency)}</bdi> : ''}
                    </td>
                    <td className="description">{c.description}</td>
                    <td>
                      {c.reversesId !== null ? (
                        t('contributions.reversalOf', { id: formatInteger(c.reversesId) })
                      ) : c.reversedById !== null ? (
                        t('contributions.reversedBy', { id: formatInteger(c.reversedById) })
                      ) : (
                        <button type="button" className="button secondary" onClick={() => setReversing(c)}>
                          {t('contributions.reverse')}
                          <span className="visually-hidden"> {t('contributions.entryNumber', { id: formatInteger(c.id) })}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {state.data.contributions.length < state.data.total && limit < 1000 && (
            <p>
              <button type="button" className="button secondary" onClick={() => setLimit((l) => Math.min(1000, l + PAGE))}>
                {t('contributions.more')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Reverses one entry with a reason, after asking: the ledger keeps both, and the log records the reversal. */
function ReversalForm({ contribution: c, onDone, onClose }: { contribution: Contribution; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const action = useAction();
  const [reason, setReason] = useState('');
  const [confirm, confirmDialog] = useConfirm();
  const entry = t('contributions.entryNumber', { id: formatInteger(c.id) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const question = t('contributions.reverseQuestion', { entry, person: c.personName });
    if (!(await confirm({ question, action: t('contributions.reverse'), danger: true }))) return;
    const done = await action.run(() =>
      http.POST('/api/coalition/contributions/{id}/reversal', { params: { path: { id: c.id } }, body: { reason } }),
    );
    if (done) onDone();
  }

  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="reversal-title">
      <h3 id="reversal-title">{t('contributions.reverseTitle', { entry })}</h3>
      <p className="muted">
        {c.personName} · {formatDate(c.contributedOn)} · <Figures {...c} />
      </p>
      <Field action={action} name="reason" label={t('contributions.reason')} wide>
        <textarea {...action.field('reason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
      </Field>
      <div className="form-buttons">
        {!action.done && (
          <button type="submit" className="button danger" disabled={action.busy}>
            {t('contributions.reverse')}
          </button>
        )}
        <button type="button" className="button secondary" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
      <ActionResult action={action} done={t('contributions.reversed')} />
      {confirmDialog}
    </form>
  );
}

const CODE_FIELDS = {
  invalid_hours: 'hours',
  invalid_amount: 'amountMinor',
  currency_required: 'currency',
  unknown_currency: 'currency',
  nothing_contributed: 'hours',
  date_in_future: 'contributedOn',
  unknown_person: 'personId',
};

const loadPeople = async () => (await data(http.GET('/api/coalition/people'))).people;

/** The person a contribution is from: a list of everyone, narrowed by a search field above it. */
function PersonPicker({
  action,
  value,
  onChange,
}: {
  action: Action;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
}) {
  const { t } = useTranslation('admin/coalition');
  const people = useApi(loadPeople);
  const [find, setFind] = useState('');
  const everyone: Person[] = people.status === 'ok' ? people.data : [];
  const found = everyone.filter((p) => String(p.id) === value || matches(find, p.name, p.organizationName));
  return (
    <div className="field">
      <label htmlFor="contribution-find">{t('contributions.findPerson')}</label>
      <input id="contribution-find" type="search" value={find} onChange={(e) => setFind(e.target.value)} autoComplete="off" />
      <Field action={action} name="personId" label={t('contributions.person')}>
        <select {...action.field('personId')} value={value} onChange={onChange} size={Math.min(6, Math.max(2, found.length + 1))} required>
          <option value="" disabled>
            {t('contributions.pickPerson', { count: found.length, shown: formatInteger(found.length) })}
          </option>
          {found.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organizationName ? `${p.name} (${p.organizationName})` : p.name}
            </option>
          ))}
        </select>
      </Field>
      <LoadState state={people} what={t('people.what')} />
    </div>
  );
}

/** The request body of the form: an unpicked person or an unreadable figure is sent as it is, so the server names the field. */
function contributionBody(form: ContributionDraft) {
  const currency = form.currency.trim().toUpperCase();
  return {
    personId: form.personId ? Number(form.personId) : Number.NaN,
    contributedOn: form.contributedOn,
    ...(form.hours.trim() ? { hours: hoursFromText(form.hours) } : {}),
    ...(form.amount.trim() ? { amountMinor: amountToMinor(form.amount, currency) } : {}),
    ...(currency ? { currency } : {}),
    description: form.description,
  };
}

interface ContributionDraft {
  personId: string;
  contributedOn: string;
  hours: string;
  amount: string;
  currency: string;
  description: string;
}

/** Records hours and/or money given by a person, picked from a list narrowed by a search. */
function AddContribution({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const action = useAction(CODE_FIELDS);
  const empty = { personId: '', contributedOn: localIsoDate(new Date()), hours: '', amount: '', currency: 'USD', description: '' };
  const [form, setForm] = useState<ContributionDraft>(empty);
  const set = fieldSetter(form, setForm);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const added = await action.run(() => http.POST('/api/coalition/contributions', { body: contributionBody(form) }));
    if (!added) return;
    setForm({ ...empty, contributedOn: form.contributedOn, currency: form.currency });
    onAdded();
  }

  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="add-contribution-title">
      <h2 id="add-contribution-title">{t('contributions.addTitle')}</h2>
      <div className="form-grid">
        <PersonPicker action={action} value={form.personId} onChange={set('personId')} />
        <div className="field">
          <Field action={action} name="contributedOn" label={t('contributions.date')}>
            <input {...action.field('contributedOn')} type="date" value={form.contributedOn} onChange={set('contributedOn')} required />
          </Field>
          <Field action={action} name="hours" label={t('contributions.hours')}>
            <input {...action.field('hours')} inputMode="decimal" value={form.hours} onChange={set('hours')} autoComplete="off" />
          </Field>
        </div>
        <div className="field">
          <Field action={action} name="amountMinor" label={t('contributions.amount')}>
            <input {...action.field('amountMinor')} inputMode="decimal" value={form.amount} onChange={set('amount')} autoComplete="off" />
          </Field>
          <Field action={action} name="currency" label={t('contributions.currency')}>
            <CurrencyInput action={action} value={form.currency} onChange={set('currency')} />
          </Field>
        </div>
        <Field action={action} name="description" label={t('contributions.description')} wide>
          <textarea {...action.field('description')} rows={2} value={form.description} onChange={set('description')} maxLength={2000} />
        </Field>
      </div>
      <FormButtons busy={action.busy} label={t('contributions.add')} />
      <ActionResult action={action} done={t('contributions.added')} />
    </form>
  );
}
