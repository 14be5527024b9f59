/**
 * CSV as RFC 4180 writes it, for the registrations export: every field quoted when it holds a comma,
 * a quote or a line break (quotes doubled), lines ended by CRLF, and a byte-order mark first so that
 * spreadsheets read the file as UTF-8 (names in Arabic, Chinese or Cyrillic stay readable). A field
 * that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file's text: a header row, then one row per record. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
