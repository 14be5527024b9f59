import { z } from '@hono/zod-openapi';

/**
 * Free text as the API accepts it: one schema for every name, title, description, note and
 * comment that a request may carry, so text that PostgreSQL cannot store or people cannot read is
 * refused at the door with `400 validation_failed` naming the field, never a 500 or a silent change.
 *
 * - U+0000 cannot be stored in a PostgreSQL `text` (nor `jsonb`) value: the write fails.
 * - A lone UTF-16 surrogate (U+D800–U+DFFF not in a pair) has no UTF-8 encoding: the write fails
 *   or the driver stores U+FFFD instead, so what was acknowledged is not what is kept (and logged).
 * - Other control characters (C0, DEL, C1) are invisible, reorder or overwrite what a terminal,
 *   a log reader or a CSV export shows, and no field needs them.
 *
 * Two shapes of text, one rule:
 * - a **line** (names, titles, labels: the default) holds no control character at all, not even tab
 *   or newline; bulk readers that join names with tabs and newlines rely on it;
 * - **prose** (`multiline: true`: descriptions, notes, comments, article bodies) may hold tab and
 *   newline.
 *
 * Carriage return: no field needs it stored. Markdown, the treaty diff and the log read lines
 * split at LF, and a stored CR would make one text two different log entries depending on the
 * sender's platform. But a Windows file or an HTML form sends CRLF, and refusing it would fail
 * honest clients, so prose turns CRLF (and a lone CR) into LF before the checks; in a line a
 * CR is refused like every control character.
 */

export interface TextOptions {
  /** Fewest characters after trimming (default 1; 0 lets an empty string through). */
  min?: number;
  /** Allow tab and newline (and turn CRLF / CR into LF). Default false: one line. */
  multiline?: boolean;
  /** Trim surrounding white space before the length checks (default true). */
  trim?: boolean;
}

// eslint-disable-next-line no-control-regex -- one-line text refuses every C0 and C1 control character
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- prose refuses the control characters other than tab and newline
const CONTROL_IN_PROSE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** With the `u` flag a well-formed pair reads as one code point above U+FFFF, so only lone halves match. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` cannot be accepted as text, or undefined when it can. For inputs that do not go
 * through a zod schema (a CSV cell, a JSON value); schemas use {@link text}.
 */
export function textProblem(value: string, options: { multiline?: boolean } = {}): string | undefined {
  const control = (options.multiline ? CONTROL_IN_PROSE : CONTROL_IN_LINE).exec(value);
  if (control) {
    const lineBreak = !options.multiline && (control[0] === '\t' || control[0] === '\n' || control[0] === '\r');
    const what = lineBreak ? 'a tab or line break (one line only)' : `a control character (${codePoint(control[0])})`;
    return `must not contain ${what}`;
  }
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `must not contain an unpaired surrogate (${codePoint(lone[0])}); text must be valid Unicode`;
  return undefined;
}

/** Turns CRLF and a lone CR into LF. */
export const normalizeNewlines = (value: string) => value.replace(/\r\n?/g, '\n');

/**
 * A string that PostgreSQL can store and people can read, with no length rule or trimming: the
 * base of {@link text}, for strings that are echoed rather than stored (say, names in a power query).
 */
export function safeText(options: Pick<TextOptions, 'multiline'> = {}) {
  let schema = z.string();
  if (options.multiline) schema = schema.overwrite(normalizeNewlines);
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/**
 * Required free text of at most `max` characters: trimmed, at least one character (see
 * {@link TextOptions}), no control characters but tab and newline in prose, no lone surrogates.
 */
export function text(max: number, options: TextOptions = {}) {
  const { min = 1, multiline = false, trim = true } = options;
  let schema = z.string();
  if (multiline) schema = schema.overwrite(normalizeNewlines);
  if (trim) schema = schema.trim();
  if (min > 0) schema = schema.min(min);
  return schema.max(max).superRefine((value, ctx) => {
    const problem = textProblem(value, { multiline });
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/** Optional free text that may also be null or empty (the stored value is cleared): `text(max, { min: 0 })`. */
export const optionalText = (max: number, options: Omit<TextOptions, 'min'> = {}) =>
  text(max, { ...options, min: 0 })
    .nullable()
    .optional();

/**
 * What, anywhere inside a JSON value (object keys included), PostgreSQL cannot store as `jsonb`:
 * U+0000 or a lone surrogate. Only those: free-form JSON (a revealed workload record, say) was
 * committed to by its sender before we saw it, so refusing anything it may legitimately hold would
 * make an honest answer impossible.
 */
export function unstorableJson(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string } | undefined {
  const problem = (s: string) => {
    const nul = s.indexOf('\u0000');
    if (nul >= 0) return 'must not contain U+0000';
    const lone = LONE_SURROGATE.exec(s);
    return lone ? `must not contain an unpaired surrogate (${codePoint(lone[0])}); text must be valid Unicode` : undefined;
  };
  if (typeof value === 'string') {
    const message = problem(value);
    return message ? { path, message } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableJson(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inKey = problem(key);
      if (inKey) return { path: [...path, key], message: `a key ${inKey}` };
      const found = unstorableJson(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
