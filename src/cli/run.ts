import { ConfigError } from '../core/config.ts';
import { AppError } from '../core/errors.ts';

/**
 * Wraps a command's action: a known failure prints one line on stderr and
 * exits 1; anything else is a bug and keeps its stack.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void) {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      if (err instanceof AppError || err instanceof ConfigError || err instanceof CliError) {
        process.stderr.write(`concord: ${err.message}${err instanceof AppError ? ` (${err.code})` : ''}\n`);
        process.exit(1);
      }
      throw err;
    }
  };
}

/** A usage or input problem the CLI reports in one line. */
export class CliError extends Error {}

/** Reads all of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
