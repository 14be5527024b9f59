const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** 55,339,003 — or an en dash when missing. */
export function formatInteger(value: number | null | undefined): string {
  return value == null ? '–' : integer.format(value);
}

/** 1.2B, 340M, 10K — for legends and tight spaces. */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** US$ 1.2T style amounts for GDP. */
export function formatUsd(value: number | null | undefined): string {
  return value == null ? '–' : `$${compact.format(value)}`;
}
