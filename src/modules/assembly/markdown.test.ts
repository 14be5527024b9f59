import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownText, toMarkdown } from './markdown.ts';
import { TreatyExportError, type TreatyVersion } from './treaty-text.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const treaty = JSON.parse(fixture('treaty-version.json')) as TreatyVersion;

describe('toMarkdown', () => {
  it('matches the golden document', () => {
    expect(toMarkdown(treaty)).toBe(fixture('treaty-version.md'));
  });

  it('writes the title, the version line and one level-2 heading per article', () => {
    const md = toMarkdown({
      title: 'Compute Treaty',
      version: '2',
      date: '2025-06-01',
      articles: [
        { num: 1, heading: 'Scope', body: '\n\nApplies to training.\r\n\r\nAnd inference.  \n\n' },
        { num: 2, heading: '', body: 'Final.' },
      ],
    });
    expect(md).toBe(
      '# Compute Treaty\n\nVersion 2, 2025-06-01\n\n## Article 1 — Scope\n\nApplies to training.\n\nAnd inference.\n\n## Article 2\n\nFinal.\n',
    );
  });

  it('keeps headings on one line and escapes markup in plain-text fields', () => {
    const md = toMarkdown({
      title: 'A\nB',
      version: 1,
      date: '2025-01-01',
      articles: [{ num: 1, heading: 'Use of *stars* [x]', body: '' }],
    });
    expect(md).toBe('# A B\n\nVersion 1, 2025-01-01\n\n## Article 1 — Use of \\*stars\\* \\[x\\]\n');
  });

  it('rejects an invalid date', () => {
    expect(() => toMarkdown({ ...treaty, date: '2025-1-1' })).toThrow(TreatyExportError);
  });
});

describe('markdownText', () => {
  it('escapes backslash, backtick, emphasis, brackets and angle brackets', () => {
    expect(markdownText('a\\b `c` *d* _e_ [f] <g>')).toBe('a\\\\b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\<g\\>');
  });
});
