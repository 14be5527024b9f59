/** A list's search field, and the test it applies: every word typed appears in one of the texts (case and accents ignored). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const haystack = fold(texts.filter(Boolean).join(' '));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function SearchBox({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="filter search-box">
      <span>{label}</span>
      <input type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
