import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Paths pino blanks wherever they appear in a log line: nothing Concord logs
 * should hold them, and redaction makes a slip harmless rather than a leak.
 */
const REDACT = [
  'password',
  'passwordHash',
  'token',
  'tokenHash',
  'secret',
  'salt',
  'email',
  'authorization',
  'cookie',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.tokenHash',
  '*.secret',
  '*.salt',
  '*.email',
  '*.authorization',
  '*.cookie',
];

/** The server's structured JSON logger (one object per line on stdout, or on `destination`). */
export function createLogger(level: LogLevel = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'concord' }, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

interface CausedError {
  name?: string;
  message?: string;
  code?: string;
  stack?: string;
  cause?: unknown;
}

/**
 * What of an unexpected error may be written to the log. A failed database
 * write arrives as Drizzle's `Failed query: <sql> params: <values>`, and the
 * values can be a new password hash, a token hash or an e-mail address: so
 * the query text never reaches the log, only the database's own error (its
 * SQLSTATE code and message, which name the problem, not the row) and the
 * stack frames, without the message line they start with.
 */
export function safeError(err: unknown): { type: string; message: string; code?: string; stack?: string } {
  const top = (err ?? {}) as CausedError;
  let root = top;
  for (let depth = 0; root.cause && typeof root.cause === 'object' && depth < 5; depth++) root = root.cause;
  const isQueryError = /^Failed query:/.test(top.message ?? '');
  const message = isQueryError
    ? `database query failed: ${root === top ? 'no detail' : (root.message ?? 'no detail')}`
    : (top.message ?? String(err));
  const frames = (top.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return { type: top.name ?? 'Error', message, ...(root.code ? { code: String(root.code) } : {}), ...(frames ? { stack: frames } : {}) };
}
