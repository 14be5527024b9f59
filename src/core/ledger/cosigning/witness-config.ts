/**
 * The witnesses a log is configured with: `LOG_WITNESSES`, entries `VKEY=URL` separated by
 * spaces, each VKEY a C2SP cosignature/v1 verifier key and each URL the witness's submission
 * prefix (http or https; `/add-checkpoint` is appended to it). Pure: config.ts reads it.
 */
import { AppError } from '../../errors.ts';
import { parseCosignerKey } from '../cosignature.ts';

/** A witness named in LOG_WITNESSES. */
export interface ConfiguredWitness {
  vkey: string;
  name: string;
  /** The submission prefix, without a trailing slash. */
  url: string;
}

/**
 * Parses LOG_WITNESSES. A vkey's base64 holds no `=` (33 bytes make 44 characters), but the
 * split is at the first `=http://` or `=https://` all the same, so a URL's path may hold `=`.
 * Throws a RangeError naming the entry at fault.
 */
export function parseWitnessList(value: string): ConfiguredWitness[] {
  const witnesses: ConfiguredWitness[] = [];
  for (const entry of value.split(/\s+/).filter((e) => e !== '')) {
    const split = entry.search(/=https?:\/\//);
    if (split <= 0) throw new RangeError(`"${entry}" is not VKEY=URL with an http(s) URL`);
    const vkey = entry.slice(0, split);
    let name: string;
    try {
      name = parseCosignerKey(vkey).name;
    } catch (err) {
      throw new RangeError(`"${vkey}": ${err instanceof AppError ? err.message : String(err)}`, { cause: err });
    }
    const url = parseWitnessUrl(entry.slice(split + 1));
    if (url === null) throw new RangeError(`"${entry.slice(split + 1)}" is not an http(s) URL`);
    if (witnesses.some((w) => w.vkey === vkey)) throw new RangeError(`the witness ${name} is listed twice`);
    witnesses.push({ vkey, name, url });
  }
  return witnesses;
}

/** An http(s) URL with a host and neither query nor fragment, without its trailing slashes; null if `value` is not one. */
export function parseWitnessUrl(value: string): string | null {
  if (!/^https?:\/\//.test(value)) return null;
  try {
    const url = new URL(value);
    if (url.hostname === '' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return null;
  } catch {
    return null;
  }
  return value.replace(/\/+$/, '');
}
