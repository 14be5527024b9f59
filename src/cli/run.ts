import { ConfigError } from '../core/config.ts';
import { AppError } from '../core/errors.ts';

/**
 * Wraps a command's action: any failure prints one line on stderr and exits 1 ({@link fail}).
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      fail(err);
    }
  };
}

/** A usage or input problem the CLI reports in one line. */
export class CliError extends Error {}

/** An error's message on one line (an AggregateError's first cause when it has none of its own). */
function oneLine(err: unknown): string {
  const e = err as { message?: unknown; code?: unknown; errors?: { message?: unknown }[] } | null;
  const text = [e?.message, e?.errors?.[0]?.message, e?.code].find((m) => typeof m === 'string' && m.trim() !== '') as string | undefined;
  return (text ?? String(err)).replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Ends the process after a failure: `concord: <message>` on one line and exit code 1. A known
 * failure (bad input, a refused request) says what is wrong; anything else is a bug, reported as
 * "unexpected error: …"; its stack is printed only when CONCORD_DEBUG=1.
 */
export function fail(err: unknown): never {
  const known = err instanceof AppError || err instanceof ConfigError || err instanceof CliError;
  const line = known ? `${oneLine(err)}${err instanceof AppError ? ` (${err.code})` : ''}` : `unexpected error: ${oneLine(err)}`;
  process.stderr.write(`concord: ${line}\n`);
  if (process.env.CONCORD_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}

/** Reads all of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
