/**
 * What the operator's commands share: the `--url` and `--token` options (env CONCORD_URL and
 * CONCORD_TOKEN) and one JSON POST that turns a refusal into the server's code on one line.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.ts';
import { CliError } from '../run.ts';

export interface ServerOptions {
  url?: string;
  token?: string;
}

/** Adds --url and --token to a command. */
export function serverOptions(command: Command): Command {
  return command
    .option('--url <url>', 'the Concord server (env CONCORD_URL)', process.env.CONCORD_URL || 'http://localhost:8080')
    .option('--token <token>', 'an API token of the facility’s operator (env CONCORD_TOKEN)', process.env.CONCORD_TOKEN);
}

/** The server and token, or a one-line error when the token is missing. */
export function server(opts: ServerOptions): { url: string; token: string } {
  if (!opts.token) throw new CliError('pass --token (or set CONCORD_TOKEN): an API token of the facility’s operator');
  return { url: opts.url ?? 'http://localhost:8080', token: opts.token };
}

/** POSTs JSON with the bearer token; a non-2xx answer becomes an AppError with the server's code. */
export async function postJson<T>(opts: ServerOptions, path: string, body: unknown): Promise<T> {
  const { url, token } = server(opts);
  let res: Response;
  try {
    res = await fetch(new URL(path, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CliError(`cannot reach ${url}`);
  }
  const json = (await res.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!res.ok) throw new AppError(json?.error?.code ?? 'http_error', json?.error?.message ?? `the server answered ${res.status}`);
  return json as T;
}

/** Reads and parses a JSON file, or fails in one line. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`cannot read ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not valid JSON`);
  }
}

/**
 * Writes a secret file readable by its owner only (0600); refuses to overwrite unless `force`.
 * An existing file is removed first, never written into: it would keep its mode (say 0644) until
 * the chmod below, and a symbolic link would carry the secret to wherever it points.
 */
export function writeSecret(file: string, content: string, force = false): void {
  try {
    if (force) fs.rmSync(file, { force: true });
    fs.writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${file} exists; pass --force to overwrite it`);
    throw new CliError(`cannot write ${file}`);
  }
  fs.chmodSync(file, 0o600);
}
