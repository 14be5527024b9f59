import { describe, expect, it } from 'vitest';
import { csvRecords, readContributionsCsv } from './contributions-csv.ts';

const people = [
  { id: 1, name: 'Rufo Guerreschi' },
  { id: 2, name: 'Ada Lovelace' },
  { id: 3, name: 'Ada Lovelace' },
];
const TODAY = '2025-06-01';

describe('csvRecords', () => {
  it('keeps quoted commas, doubled quotes and newlines, and the line each record starts on', () => {
    const records = csvRecords('a,b\r\n"x, y","say ""hi""\nthere"\n\n1,2\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
      { line: 5, cells: ['1', '2'] },
    ]);
  });
  it('ignores a byte-order mark and a missing final newline', () => {
    expect(csvRecords('\uFEFFa,b\n1,2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });
});

describe('readContributionsCsv', () => {
  it('accepts good rows by id or by name, with hours, money or both', () => {
    const csv = [
      'person,date,hours,amount,currency,description',
      'Rufo Guerreschi,2025-01-10,12.5,,,"drafting, editing"',
      '2,2025-01-11,,600.50,usd,donation',
      '3,2025-01-12,3,1000,JPY,',
    ].join('\n');
    const { accepted, rejected } = readContributionsCsv(csv, people, TODAY);
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.input)).toEqual([
      { personId: 1, contributedOn: '2025-01-10', hundredthHours: 1250, amountMinor: 0, currency: null, description: 'drafting, editing' },
      { personId: 2, contributedOn: '2025-01-11', hundredthHours: 0, amountMinor: 60050, currency: 'USD', description: 'donation' },
      { personId: 3, contributedOn: '2025-01-12', hundredthHours: 300, amountMinor: 1000, currency: 'JPY', description: '' },
    ]);
  });
  it('reports every problem of every bad row, by row number', () => {
    const csv = [
      'person,date,hours,amount,currency',
      'Nobody,2025-01-10,1,,',
      'Ada Lovelace,2025-01-10,1,,',
      '99,2025-13-01,-2,,',
      '1,2030-01-01,1.234,5,',
      '1,2025-01-01,,5.123,USD',
      '1,2025-01-01,,5,XYZ',
      '1,2025-01-01,0,0,USD',
      '1,2025-01-01,1',
      '1,2025-01-01,2,,',
    ].join('\n');
    const { accepted, rejected } = readContributionsCsv(csv, people, TODAY);
    expect(accepted.map((a) => a.row)).toEqual([10]);
    const byRow = Object.fromEntries(rejected.map((r) => [r.row, r.errors.join(' | ')]));
    expect(Object.keys(byRow).map(Number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(byRow[2]).toMatch(/no person named "Nobody"/);
    expect(byRow[3]).toMatch(/2 people are named "Ada Lovelace"; use the id \(2, 3\)/);
    expect(byRow[4]).toMatch(/no person with id 99/);
    expect(byRow[4]).toMatch(/date: "2025-13-01" is not a date/);
    expect(byRow[4]).toMatch(/hours: "-2"/);
    expect(byRow[5]).toMatch(/in the future/);
    expect(byRow[5]).toMatch(/hours: "1.234"/);
    expect(byRow[5]).toMatch(/currency: required with an amount/);
    expect(byRow[6]).toMatch(/amount: "5.123" is not an amount/);
    expect(byRow[7]).toMatch(/"XYZ" is not an ISO 4217 code/);
    expect(byRow[8]).toMatch(/nothing contributed/);
    expect(byRow[9]).toMatch(/has 3 cells, the header has 5/);
  });
  it('refuses a file with a bad header as a whole', () => {
    expect(readContributionsCsv('who,date,hours\n1,2025-01-01,1', people, TODAY).rejected).toEqual([
      { row: 1, errors: ['unknown column(s): who (expected person, date, hours, amount, currency, description)', 'missing column(s): person'] },
    ]);
    expect(readContributionsCsv('', people, TODAY).rejected[0].errors[0]).toMatch(/empty/);
    expect(readContributionsCsv('person,date,hours\n', people, TODAY).rejected[0].errors[0]).toMatch(/no rows/);
  });
  it('numbers rows by the line they start on, even after a multi-line cell', () => {
    const csv = 'person,date,hours,description\n1,2025-01-01,1,"two\nlines"\nNobody,2025-01-01,1,x\n';
    expect(readContributionsCsv(csv, people, TODAY).rejected.map((r) => r.row)).toEqual([4]);
  });
});
