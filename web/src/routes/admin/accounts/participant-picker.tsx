/**
 * The participant a delegate speaks for, picked from a list filtered as one types (a name or an
 * ISO code): radio buttons in a scrolling box, rather than a bare select of two hundred options.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, type Action } from '../../../components/action.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import type { Loaded } from '../../../components/use-api.ts';
import { formatInteger } from '../../../i18n/format.ts';
import type { Participant } from './api.ts';

export function ParticipantPicker({
  participants,
  value,
  onChange,
  action,
  legend,
}: {
  participants: Participant[];
  value: number | null;
  onChange: (id: number) => void;
  action: Action;
  /** What the choice is for, when not the participant a delegate speaks for. */
  legend?: string;
}) {
  const { t } = useTranslation('admin/accounts');
  const [query, setQuery] = useState('');
  const field = action.field('participantId');
  const sorted = useMemo(() => [...participants].sort((a, b) => a.name.localeCompare(b.name, 'en')), [participants]);
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? sorted.filter((p) => p.name.toLocaleLowerCase().includes(q) || (p.iso3 ?? '').toLowerCase().includes(q)) : sorted;
  const box = useRef<HTMLDivElement>(null);
  // The chosen participant is in sight when the picker opens, within its own box (the page stays put).
  useEffect(() => {
    const checked = box.current?.querySelector<HTMLElement>('input:checked')?.closest('label');
    if (box.current && checked) box.current.scrollTop = checked.offsetTop - 8;
  }, []);
  const chosen = participants.find((p) => p.id === value);
  return (
    <fieldset className="participant-picker">
      <legend>{legend ?? t('picker.legend')}</legend>
      <p className="picker-chosen" aria-live="polite">
        {chosen ? (
          <>
            {t('picker.chosen')}{' '}
            <strong lang="en" data-testid="chosen-participant">
              {chosen.name}
            </strong>
          </>
        ) : (
          t('picker.noneChosen')
        )}
      </p>
      <label htmlFor={field.id}>{t('picker.search')}</label>
      <input
        type="search"
        {...field}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        // Enter in the search box filters; it does not submit the form around it.
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        aria-controls={`${field.id}-options`}
        autoComplete="off"
      />
      <p className="muted picker-count" aria-live="polite">
        {t('picker.shown', { count: shown.length, shown: formatInteger(shown.length), total: formatInteger(participants.length) })}
      </p>
      <div className="picker-options" id={`${field.id}-options`} ref={box}>
        {shown.map((p) => (
          <label key={p.id} className="picker-option">
            <input type="radio" name={`${field.id}-choice`} value={p.id} checked={p.id === value} onChange={() => onChange(p.id)} />
            <span lang="en">{p.name}</span>
            {p.iso3 && (
              <span className="muted" dir="ltr">
                {p.iso3}
              </span>
            )}
            <span className="muted">{t(`kinds.${p.kind}`)}</span>
          </label>
        ))}
      </div>
      <FieldError action={action} name="participantId" />
    </fieldset>
  );
}

/** The picker once the participants have loaded; their loading line or error until then. */
export function LoadedParticipantPicker({
  participants,
  ...picker
}: { participants: Loaded<Participant[]> } & Omit<Parameters<typeof ParticipantPicker>[0], 'participants'>) {
  const { t } = useTranslation('admin/accounts');
  return (
    <>
      <LoadState state={participants} what={t('picker.what')} />
      {participants.status === 'ok' && <ParticipantPicker participants={participants.data} {...picker} />}
    </>
  );
}
