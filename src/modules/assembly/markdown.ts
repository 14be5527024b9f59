/**
 * Export of a treaty version to Markdown (CommonMark 0.31): an ATX heading of level 1 for the
 * title, a line with version and date, and one level-2 heading per article,
 * `## Article {num} — {heading}` (`## Article {num}` when the heading is empty), followed by the
 * article's body, which is already Markdown and is kept as written (line endings normalised to
 * LF, surrounding blank lines trimmed).
 *
 * Title, version, number and heading are plain text: they are folded onto one line (an ATX heading
 * cannot span lines) and the punctuation Markdown would read as markup (\ ` * _ [ ] < >) is
 * backslash-escaped (CommonMark §2.4 "Backslash escapes"), so "<Draft>" stays visible.
 */
import { assertIsoDate, oneLine, type TreatyVersion } from './treaty-text.ts';

/** Plain text → one line of Markdown inline text that renders as the same characters. */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** Serialises a treaty version as Markdown, ending with one newline. */
export function toMarkdown(treaty: TreatyVersion): string {
  assertIsoDate(treaty.date, 'date');
  const blocks: string[] = [`# ${markdownText(treaty.title)}`, `Version ${markdownText(String(treaty.version))}, ${treaty.date}`];
  for (const a of treaty.articles) {
    const heading = markdownText(a.heading);
    const num = markdownText(String(a.num));
    blocks.push(heading === '' ? `## Article ${num}` : `## Article ${num} — ${heading}`);
    const body = a.body.replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '');
    if (body !== '') blocks.push(body);
  }
  return `${blocks.join('\n\n')}\n`;
}
