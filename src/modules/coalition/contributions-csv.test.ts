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
      {
        row: 1,
        errors: ['unknown column(s): who (expected person, date, hours, amount, currency, description)', 'missing column(s): person'],
      },
    ]);
    expect(readContributionsCsv('', people, TODAY).rejected[0]?.errors[0]).toMatch(/empty/);
    expect(readContributionsCsv('person,date,hours\n', people, TODAY).rejected[0]?.errors[0]).toMatch(/no rows/);
  });
  it('numbers rows by the line they start on, even after a multi-line cell', () => {
    const csv = 'person,date,hours,description\n1,2025-01-01,1,"two\nlines"\nNobody,2025-01-01,1,x\n';
    expect(readContributionsCsv(csv, people, TODAY).rejected.map((r) => r.row)).toEqual([4]);
  });
});

describe('csvRecords, at the edges', () => {
  it('keeps empty cells, a trailing comma as one more empty cell, and old Mac line ends', () => {
    expect(csvRecords('a,,c,\r1,"",3,\r')).toEqual([
      { line: 1, cells: ['a', '', 'c', ''] },
      { line: 2, cells: ['1', '', '3', ''] },
    ]);
  });
  it('skips blank lines but keeps a line of only a comma, and counts lines inside quotes', () => {
    expect(csvRecords('h\n\n\n,\n"a\r\nb"\nlast')).toEqual([
      { line: 1, cells: ['h'] },
      { line: 4, cells: ['', ''] },
      { line: 5, cells: ['a\r\nb'] },
      { line: 7, cells: ['last'] },
    ]);
  });
  it('gives nothing for an empty text or a lone byte-order mark', () => {
    expect(csvRecords('')).toEqual([]);
    expect(csvRecords('\uFEFF')).toEqual([]);
  });
});

describe('readContributionsCsv, at the edges', () => {
  const read = (lines: string[]) => readContributionsCsv(lines.join('\n'), people, TODAY);
  const errorsOf = (lines: string[]) => read(lines).rejected.flatMap((r) => r.errors);

  it('reads the header in any order and case, with spaces around names', () => {
    const { accepted, rejected } = read([' Date ,HOURS, person ', '2025-01-01,2,1']);
    expect(rejected).toEqual([]);
    expect(accepted[0]?.input).toMatchObject({ personId: 1, contributedOn: '2025-01-01', hundredthHours: 200 });
  });

  it('names a repeated column and refuses the file', () => {
    expect(read(['person,date,hours,Hours', '1,2025-01-01,1,2']).rejected).toEqual([{ row: 1, errors: ['repeated column(s): hours'] }]);
  });

  it('matches a name whatever its case and surrounding spaces, and an id with leading zeros', () => {
    const { accepted, rejected } = read(['person,date,hours', '  rufo GUERRESCHI ,2025-01-01,1', '001,2025-01-02,1']);
    expect(rejected).toEqual([]);
    expect(accepted.map((a) => a.input.personId)).toEqual([1, 1]);
  });

  it('accepts today and refuses tomorrow, and knows which years have a 29 February', () => {
    expect(read(['person,date,hours', `1,${TODAY},1`]).rejected).toEqual([]);
    expect(errorsOf(['person,date,hours', '1,2025-06-02,1'])).toEqual(['date: 2025-06-02 is in the future']);
    expect(errorsOf(['person,date,hours', '1,2025-02-29,1'])).toEqual(['date: "2025-02-29" is not a date (YYYY-MM-DD)']);
    expect(read(['person,date,hours', '1,2024-02-29,1']).rejected).toEqual([]);
    expect(errorsOf(['person,date,hours', '1,1/2/2025,1'])).toEqual(['date: "1/2/2025" is not a date (YYYY-MM-DD)']);
  });

  it('takes a currency in any case, keeps none without an amount, and follows each currency’s minor digits', () => {
    const { accepted } = read([
      'person,date,hours,amount,currency',
      '1,2025-01-01,1,,eur',
      '1,2025-01-01,,12.5,chf',
      '1,2025-01-01,,1.234,bhd',
    ]);
    expect(accepted.map((a) => [a.input.amountMinor, a.input.currency])).toEqual([
      [0, null],
      [1250, 'CHF'],
      [1234, 'BHD'],
    ]);
    expect(errorsOf(['person,date,amount,currency', '1,2025-01-01,10.5,JPY'])).toEqual(['amount: "10.5" is not an amount ≥ 0 in JPY']);
    expect(errorsOf(['person,date,amount,currency', '1,2025-01-01,ten,USD'])).toEqual(['amount: "ten" is not an amount ≥ 0 in USD']);
  });

  it('reads hours as plain decimals only', () => {
    expect(read(['person,date,hours', '1,2025-01-01,0.25']).accepted[0]?.input.hundredthHours).toBe(25);
    for (const bad of ['1e2', '+3', '.5', '2,5', ' 3 h']) {
      expect(errorsOf(['person,date,hours', `1,2025-01-01,"${bad}"`])[0]).toMatch(/^hours: /);
    }
  });

  it('keeps a description’s line breaks as LF, and refuses one too long or with a control character', () => {
    const { accepted } = read(['person,date,hours,description', '1,2025-01-01,1,"line one\r\nline two"']);
    expect(accepted[0]?.input.description).toBe('line one\nline two');
    expect(errorsOf(['person,date,hours,description', `1,2025-01-01,1,${'x'.repeat(2001)}`])).toEqual([
      'description: longer than 2000 characters',
    ]);
    expect(read(['person,date,hours,description', `1,2025-01-01,1,${'x'.repeat(2000)}`]).rejected).toEqual([]);
    expect(errorsOf(['person,date,hours,description', '1,2025-01-01,1,bell\u0007'])[0]).toMatch(/^description: /);
  });

  it('does not add "nothing contributed" to a row whose figures are already wrong', () => {
    expect(errorsOf(['person,date,hours,amount,currency', '1,2025-01-01,x,,'])).toEqual([
      'hours: "x" is not a number of hours ≥ 0 with at most two decimals',
    ]);
    expect(errorsOf(['person,date,hours,amount,currency', '1,2025-01-01,,5,'])).toEqual(['currency: required with an amount']);
    expect(errorsOf(['person,date,hours,amount,currency', '1,2025-01-01,0,,'])).toEqual([
      'nothing contributed: give hours, an amount, or both',
    ]);
  });

  it('reports a missing person and a short row together', () => {
    expect(errorsOf(['person,date,hours', ',2025-01-01'])).toEqual([
      'has 2 cells, the header has 3',
      'person: required',
      'nothing contributed: give hours, an amount, or both',
    ]);
  });
});
