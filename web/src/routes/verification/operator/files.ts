/** Reading what an operator brings in files and pastes: signed report files and public keys. */
import type { components } from '../../../api/client.ts';

export type SignedReport = components['schemas']['SignedReport'];

/** Most reports one batch request takes (the server's MAX_BATCH). */
export const MAX_BATCH = 500;

const isSigned = (value: unknown): value is SignedReport => {
  const v = value as Partial<SignedReport> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.keyId === 'string' && typeof v.signature === 'string' && typeof v.report === 'object'
  );
};

/**
 * The signed reports in a file's text: one `{report, keyId, signature}` (sent to /api/reports), an
 * array of them (what `concord simulate --out` writes as reports.json) or `{reports: [...]}` (a
 * batch body), sent to /api/reports/batch. Null when the text is none of these; the server checks
 * everything else.
 */
export function parseSignedReports(text: string): { single: boolean; reports: SignedReport[] } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (isSigned(value)) return { single: true, reports: [value] };
  const list = Array.isArray(value) ? value : (value as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isSigned)) return null;
  return { single: false, reports: list };
}

/** Splits reports into batches the server takes. */
export function batchesOf<T>(items: readonly T[], size = MAX_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A pasted public key as the server takes it (SPKI PEM): a PEM block is kept as it is (trimmed,
 * with a final newline); bare base64 of the SPKI DER (what some tools print) is wrapped into one.
 * The server says whether it is an Ed25519 key (`invalid_key`).
 */
export function publicKeyPem(pasted: string): string {
  const text = pasted.trim();
  if (text.startsWith('-----BEGIN')) return `${text}\n`;
  const base64 = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) return text;
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** The instant of a `datetime-local` value (the browser's zone) in the one spelling the server takes, or undefined when empty. */
export function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const at = new Date(local);
  return Number.isFinite(at.getTime()) ? at.toISOString() : local;
}

/** Offers `text` to the browser as a file download named `name`. */
export function download(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
