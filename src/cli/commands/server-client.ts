/**
 * What the operator's commands share: the `--url` and `--token` options (env CONCORD_URL and
 * CONCORD_TOKEN) and the typed client of the server's API (openapi-fetch over the types generated
 * from its OpenAPI document, the web app's own), whose refusals become the server's code on one line.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../../web/src/api/openapi.gen.ts';
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

/** The API of the server at `url`, typed by its OpenAPI document; with `token`, as that token's account. */
export function apiClient(url: string, token?: string): Client<paths> {
  return createClient<paths>({ baseUrl: url.replace(/\/+$/, ''), headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** The operator's client: the server and token of the options (a one-line error without a token). */
export function operatorClient(opts: ServerOptions): Client<paths> {
  const { url, token } = server(opts);
  return apiClient(url, token);
}

/**
 * The data of an answer from {@link apiClient}; a refusal becomes an AppError with the server's
 * code and message, an unreachable server a one-line CliError naming it.
 */
export async function answer<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>, url: string): Promise<T> {
  let result: Awaited<typeof pending>;
  try {
    result = await pending;
  } catch {
    throw new CliError(`cannot reach ${url}`);
  }
  if (!result.response.ok) {
    const error = (result.error as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new AppError(error?.code ?? 'http_error', error?.message ?? `the server answered ${result.response.status}`);
  }
  return result.data as T;
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
