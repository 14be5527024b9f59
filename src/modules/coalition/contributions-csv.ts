import { normalizeNewlines, textProblem } from '../../core/http/text.ts';
import type { RejectedRow } from './contributions.dto.ts';
import { isCurrency, parseMajorAmount, toHundredths } from './money.ts';

/**
 * Reading a contributions CSV for import: a pure function, so every rule is
 * tested without a database. The file has a header row; columns:
 *
 *   person       the person's id, or their exact name (case-insensitive)
 *   date         YYYY-MM-DD, not in the future
 *   hours        volunteer hours, at most two decimals (may be empty)
 *   amount       money in major units ("600" or "600.50"; may be empty)
 *   currency     ISO 4217 code, required with an amount
 *   description  free text (optional)
 *
 * A row is numbered by the line of the file it starts on (the header is row 1).
 */
export const CSV_COLUMNS = ['person', 'date', 'hours', 'amount', 'currency', 'description'] as const;
const REQUIRED_COLUMNS = ['person', 'date'] as const;

export interface ContributionInput {
  personId: number;
  contributedOn: string;
  hundredthHours: number;
  amountMinor: number;
  currency: string | null;
  description: string;
}

// Declared once, in the dto, with the import's 422 that reports it to API clients.
export type { RejectedRow };

export interface ReadCsvResult {
  accepted: { row: number; input: ContributionInput }[];
  rejected: RejectedRow[];
}

/** Splits RFC 4180 CSV into records, each with the line it starts on. */
export function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endRecord = () => {
    cells.push(field);
    if (touched || cells.length > 1 || field !== '') records.push({ line: start, cells });
    cells = [];
    field = '';
    touched = false;
  };
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
      touched = true;
    } else if (ch === ',') {
      cells.push(field);
      field = '';
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
      touched = true;
    }
  }
  if (touched || field !== '' || cells.length > 0) endRecord();
  return records;
}

export interface PersonRef {
  id: number;
  name: string;
}

/**
 * Validates every row and reports every problem of every row; the caller
 * stores nothing unless `rejected` is empty (all-or-nothing).
 */
export function readContributionsCsv(text: string, people: PersonRef[], today: string): ReadCsvResult {
  const [header, ...rows] = csvRecords(text);
  if (header === undefined) return { accepted: [], rejected: [{ row: 1, errors: ['the file is empty: a header row is required'] }] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const headerErrors: string[] = [];
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) headerErrors.push(`unknown column(s): ${unknown.join(', ')} (expected ${CSV_COLUMNS.join(', ')})`);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) headerErrors.push(`missing column(s): ${missing.join(', ')}`);
  const dup = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (dup.length) headerErrors.push(`repeated column(s): ${[...new Set(dup)].join(', ')}`);
  if (headerErrors.length) return { accepted: [], rejected: [{ row: header.line, errors: headerErrors }] };
  if (rows.length === 0) return { accepted: [], rejected: [{ row: header.line, errors: ['the file has no rows after the header'] }] };

  const directory = personDirectory(people);
  const result: ReadCsvResult = { accepted: [], rejected: [] };
  for (const record of rows) {
    const { errors, input } = readRow(record.cells, columns, directory, today);
    if (errors.length) result.rejected.push({ row: record.line, errors });
    else result.accepted.push({ row: record.line, input });
  }
  return result;
}

type Directory = ReturnType<typeof personDirectory>;

/** People by id and by name (case-insensitive; a name may be shared). */
function personDirectory(people: PersonRef[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const byName = new Map<string, PersonRef[]>();
  for (const p of people) {
    const key = p.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  return { byId, byName };
}

/** Checks one row and gives every problem it has, or the contribution it records. */
function readRow(cells: string[], columns: string[], directory: Directory, today: string): { errors: string[]; input: ContributionInput } {
  const errors: string[] = [];
  if (cells.length !== columns.length) errors.push(`has ${cells.length} cells, the header has ${columns.length}`);
  const cell = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();

  const personId = readPersonCell(cell('person'), directory, errors);

  const date = cell('date');
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
  ) {
    errors.push(`date: "${date}" is not a date (YYYY-MM-DD)`);
  } else if (date > today) errors.push(`date: ${date} is in the future`);

  let hundredthHours = 0;
  const hours = cell('hours');
  if (hours) {
    const h = /^\d+(\.\d+)?$/.test(hours) ? toHundredths(Number(hours)) : null;
    if (h === null) errors.push(`hours: "${hours}" is not a number of hours ≥ 0 with at most two decimals`);
    else hundredthHours = h;
  }

  const { amountMinor, currency } = readMoneyCells(cell('amount'), cell('currency'), errors);
  if (hundredthHours === 0 && amountMinor === 0 && !errors.some((e) => /^(hours|amount|currency):/.test(e))) {
    errors.push('nothing contributed: give hours, an amount, or both');
  }
  const description = normalizeNewlines(cell('description'));
  if (description.length > 2000) errors.push('description: longer than 2000 characters');
  // The same rule as the JSON API's free text (core/http/text.ts): a cell may span lines (kept
  // as LF), but U+0000 and other control characters cannot be stored.
  const problem = textProblem(description, { multiline: true });
  if (problem) errors.push(`description: ${problem}`);

  return { errors, input: { personId, contributedOn: date, hundredthHours, amountMinor, currency, description } };
}

/** The person a `person` cell names, by id or by a name only one person has; 0 (and an error) otherwise. */
function readPersonCell(person: string, { byId, byName }: Directory, errors: string[]): number {
  if (!person) {
    errors.push('person: required');
    return 0;
  }
  if (/^\d+$/.test(person)) {
    if (byId.has(Number(person))) return Number(person);
    errors.push(`person: no person with id ${person}`);
    return 0;
  }
  const matches = byName.get(person.toLowerCase()) ?? [];
  const [only] = matches;
  if (only !== undefined && matches.length === 1) return only.id;
  if (matches.length === 0) errors.push(`person: no person named "${person}"`);
  else errors.push(`person: ${matches.length} people are named "${person}"; use the id (${matches.map((m) => m.id).join(', ')})`);
  return 0;
}

/** The `amount` and `currency` cells as minor units and a code (null when there is no amount). */
function readMoneyCells(amount: string, currencyCell: string, errors: string[]): { amountMinor: number; currency: string | null } {
  let amountMinor = 0;
  const code = currencyCell.toUpperCase();
  if (code && !isCurrency(code)) errors.push(`currency: "${currencyCell}" is not an ISO 4217 code`);
  if (amount) {
    if (!code) errors.push('currency: required with an amount');
    else if (isCurrency(code)) {
      const a = parseMajorAmount(amount, code);
      if (a === null) errors.push(`amount: "${amount}" is not an amount ≥ 0 in ${code}`);
      else amountMinor = a;
    }
  }
  return { amountMinor, currency: amountMinor > 0 ? code : null };
}
