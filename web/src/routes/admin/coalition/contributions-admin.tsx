import './coalition-admin.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
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
                    <td>{c.personName}</td>
                    <td className="numeric">{c.hours !== 0 ? formatNumber(c.hours) : ''}</td>
                    <td className="numeric">{c.amountMinor !== 0 && c.currency ? formatMoney(c.amountMinor, c.currency) : ''}</td>
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
      <div className="field wide">
        <label htmlFor={action.field('reason').id}>{t('contributions.reason')}</label>
        <textarea {...action.field('reason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
        <FieldError action={action} name="reason" />
      </div>
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

/** Records hours and/or money given by a person, picked from a list narrowed by a search. */
function AddContribution({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('admin/coalition');
  const action = useAction(CODE_FIELDS);
  const people = useApi(loadPeople);
  const [find, setFind] = useState('');
  const empty = { personId: '', contributedOn: localIsoDate(new Date()), hours: '', amount: '', currency: 'USD', description: '' };
  const [form, setForm] = useState(empty);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });
  const everyone: Person[] = people.status === 'ok' ? people.data : [];
  const found = everyone.filter((p) => String(p.id) === form.personId || matches(find, p.name, p.organizationName));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const currency = form.currency.trim().toUpperCase();
    const added = await action.run(() =>
      http.POST('/api/coalition/contributions', {
        body: {
          // An unpicked person or an unreadable figure is sent as it is, so the server names the field.
          personId: form.personId ? Number(form.personId) : Number.NaN,
          contributedOn: form.contributedOn,
          ...(form.hours.trim() ? { hours: hoursFromText(form.hours) } : {}),
          ...(form.amount.trim() ? { amountMinor: amountToMinor(form.amount, currency) } : {}),
          ...(currency ? { currency } : {}),
          description: form.description,
        },
      }),
    );
    if (!added) return;
    setForm({ ...empty, contributedOn: form.contributedOn, currency: form.currency });
    onAdded();
  }

  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="add-contribution-title">
      <h2 id="add-contribution-title">{t('contributions.addTitle')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="contribution-find">{t('contributions.findPerson')}</label>
          <input id="contribution-find" type="search" value={find} onChange={(e) => setFind(e.target.value)} autoComplete="off" />
          <label htmlFor={action.field('personId').id}>{t('contributions.person')}</label>
          <select
            {...action.field('personId')}
            value={form.personId}
            onChange={set('personId')}
            size={Math.min(6, Math.max(2, found.length + 1))}
            required
          >
            <option value="" disabled>
              {t('contributions.pickPerson', { count: found.length, shown: formatInteger(found.length) })}
            </option>
            {found.map((p) => (
              <option key={p.id} value={p.id}>
                {p.organizationName ? `${p.name} (${p.organizationName})` : p.name}
              </option>
            ))}
          </select>
          <FieldError action={action} name="personId" />
          <LoadState state={people} what={t('people.what')} />
        </div>
        <div className="field">
          <label htmlFor={action.field('contributedOn').id}>{t('contributions.date')}</label>
          <input {...action.field('contributedOn')} type="date" value={form.contributedOn} onChange={set('contributedOn')} required />
          <FieldError action={action} name="contributedOn" />
          <label htmlFor={action.field('hours').id}>{t('contributions.hours')}</label>
          <input {...action.field('hours')} inputMode="decimal" value={form.hours} onChange={set('hours')} autoComplete="off" />
          <FieldError action={action} name="hours" />
        </div>
        <div className="field">
          <label htmlFor={action.field('amountMinor').id}>{t('contributions.amount')}</label>
          <input {...action.field('amountMinor')} inputMode="decimal" value={form.amount} onChange={set('amount')} autoComplete="off" />
          <FieldError action={action} name="amountMinor" />
          <label htmlFor={action.field('currency').id}>{t('contributions.currency')}</label>
          <input
            {...action.field('currency')}
            value={form.currency}
            onChange={set('currency')}
            maxLength={3}
            dir="ltr"
            autoCapitalize="characters"
            autoComplete="off"
            className="currency"
          />
          <FieldError action={action} name="currency" />
        </div>
        <div className="field wide">
          <label htmlFor={action.field('description').id}>{t('contributions.description')}</label>
          <textarea {...action.field('description')} rows={2} value={form.description} onChange={set('description')} maxLength={2000} />
          <FieldError action={action} name="description" />
        </div>
      </div>
      <div className="form-buttons">
        <button type="submit" className="button" disabled={action.busy}>
          {t('contributions.add')}
        </button>
      </div>
      <ActionResult action={action} done={t('contributions.added')} />
    </form>
  );
}
