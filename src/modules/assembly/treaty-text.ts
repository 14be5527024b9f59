/**
 * The text of one treaty version as the exports see it (Akoma Ntoso, Markdown), and the small
 * text helpers they share. Article bodies are Markdown: paragraphs are separated by blank lines
 * (CommonMark 0.31, §4.8 "Paragraphs"); a single line break inside a paragraph is a soft break,
 * rendered as a space.
 */
import { AppError } from '../../core/errors.ts';

export interface TreatyArticle {
  /** Article number as shown ("1", "2bis"); unique within the version. */
  num: number | string;
  heading: string;
  /** Markdown. */
  body: string;
}

export interface TreatyVersion {
  title: string;
  /** Version label or number of this consolidated text. */
  version: number | string;
  /** Date of this version, YYYY-MM-DD. */
  date: string;
  articles: readonly TreatyArticle[];
}

export type TreatyExportErrorCode = 'date_invalid' | 'article_num_duplicate' | 'articles_empty';

/** A treaty version that cannot be exported; maps to HTTP 400. */
export class TreatyExportError extends AppError {
  declare readonly code: TreatyExportErrorCode;
  constructor(code: TreatyExportErrorCode, message: string, details?: unknown) {
    super(code, message, { status: 400, details });
    this.name = 'TreatyExportError';
  }
}

/** Splits Markdown into paragraphs at blank lines; joins soft line breaks with a space; drops empties. */
export function paragraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((p) => p !== '');
}

/** One line: line breaks and runs of whitespace become single spaces, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Checks a YYYY-MM-DD calendar date (xsd:date without time zone). */
export function assertIsoDate(date: string, what = 'date'): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() + 1 !== Number(m[2]) || d.getUTCDate() !== Number(m[3])) {
    throw new TreatyExportError('date_invalid', `${what} must be a calendar date YYYY-MM-DD`, { [what]: date });
  }
}
