/**
 * Export of a treaty version to Akoma Ntoso 3.0 XML (OASIS LegalDocML, "Akoma Ntoso Version 1.0",
 * Part 1: XML Vocabulary and Part 2: Specifications, 2018; namespace
 * http://docs.oasis-open.org/legaldocml/ns/akn/3.0), as an `act` named "treaty":
 *
 * - `meta/identification` with the FRBR Work, Expression and Manifestation in the element order of
 *   the schema (FRBRthis, FRBRuri, FRBRdate, FRBRauthor, then FRBRcountry … at Work level and
 *   FRBRversionNumber, FRBRlanguage at Expression level), and `references` naming the source;
 * - IRIs after the Akoma Ntoso Naming Convention Version 1.0 (OASIS, 2018): Work
 *   `/akn/{country}/act/treaty/{workDate}/{number}`, Expression `{work}/{language}@{date}`,
 *   Manifestation `{expression}.xml`; each `FRBRthis` adds `/!main` (the main component);
 * - `preface` with the `docTitle`, version (`docNumber`) and `docDate`;
 * - `body` with one `article` per article: `eId="art_{num}"` (the Naming Convention's element
 *   identifiers), `num`, `heading`, and `content` holding one `p` per Markdown paragraph (inline
 *   Markdown is kept as text).
 *
 * Text and attribute values are escaped (& < > " ') and characters XML 1.0 does not allow (C0
 * controls other than tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF) are
 * dropped, so any input gives well-formed XML.
 */
import {
  TreatyExportError,
  assertIsoDate,
  oneLine,
  paragraphs,
  type TreatyVersion,
} from './treaty-text.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AkomaNtosoOptions {
  /** Jurisdiction code in the IRIs and FRBRcountry; default 'un' (an international instrument). */
  country?: string;
  /** ISO 639-2 alpha-3 language of the text; default 'eng'. */
  language?: string;
  /** Date of the Work (the treaty's first text), YYYY-MM-DD; default the version's date. */
  workDate?: string;
  /** Number or name of the Work in its IRI; default a slug of the title. */
  number?: string;
  /** The body that produced the document (identification source, FRBRauthor). */
  source?: { eId: string; href: string; showAs: string };
}

const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML character data and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Lower-case ASCII slug for IRIs and eIds: letters and digits, other runs become '-'. */
function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'nn'; // the Naming Convention's placeholder for "no number"
}

/** The `eId` of an article: `art_` and its number, letters and digits only ("2 bis" → art_2bis). */
export function articleEId(num: number | string): string {
  return `art_${slug(String(num)).replace(/-/g, '') || 'nn'}`;
}

/** Serialises a treaty version as an Akoma Ntoso 3.0 document (UTF-8, two-space indentation). */
export function toAkomaNtoso(treaty: TreatyVersion, options: AkomaNtosoOptions = {}): string {
  assertIsoDate(treaty.date, 'date');
  const workDate = options.workDate ?? treaty.date;
  assertIsoDate(workDate, 'workDate');
  if (treaty.articles.length === 0) {
    throw new TreatyExportError('articles_empty', 'an Akoma Ntoso body needs at least one article');
  }
  const eIds = new Set<string>();
  for (const a of treaty.articles) {
    const eId = articleEId(a.num);
    if (eIds.has(eId)) throw new TreatyExportError('article_num_duplicate', `two articles would be ${eId}`, { num: a.num });
    eIds.add(eId);
  }

  const country = slug(options.country ?? 'un');
  const language = slug(options.language ?? 'eng');
  const number = slug(options.number ?? treaty.title);
  const source = options.source ?? { eId: 'concord', href: '/ontology/organization/concord', showAs: 'Concord' };
  const work = `/akn/${country}/act/treaty/${workDate}/${number}`;
  const expression = `${work}/${language}@${treaty.date}`;
  const manifestation = `${expression}.xml`;
  const title = oneLine(treaty.title);
  const version = oneLine(String(treaty.version));
  const author = `#${source.eId}`;

  const lines: string[] = [];
  const el = (depth: number, text: string) => lines.push(`${'  '.repeat(depth)}${text}`);
  // attrs → ` a="v" b="w"`, values escaped.
  const at = (attrs: Record<string, string>) =>
    Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('');
  const frbr = (depth: number, name: string, attrs: Record<string, string>) => el(depth, `<${name}${at(attrs)}/>`);

  el(0, '<?xml version="1.0" encoding="UTF-8"?>');
  el(0, `<akomaNtoso xmlns="${AKN_NAMESPACE}">`);
  el(1, '<act name="treaty">');
  el(2, '<meta>');
  el(3, `<identification${at({ source: author })}>`);
  el(4, '<FRBRWork>');
  frbr(5, 'FRBRthis', { value: `${work}/!main` });
  frbr(5, 'FRBRuri', { value: work });
  frbr(5, 'FRBRdate', { date: workDate, name: 'work' });
  frbr(5, 'FRBRauthor', { href: author });
  frbr(5, 'FRBRcountry', { value: country });
  frbr(5, 'FRBRsubtype', { value: 'treaty' });
  frbr(5, 'FRBRnumber', { value: number });
  frbr(5, 'FRBRname', { value: title });
  el(4, '</FRBRWork>');
  el(4, '<FRBRExpression>');
  frbr(5, 'FRBRthis', { value: `${expression}/!main` });
  frbr(5, 'FRBRuri', { value: expression });
  frbr(5, 'FRBRdate', { date: treaty.date, name: 'version' });
  frbr(5, 'FRBRauthor', { href: author });
  frbr(5, 'FRBRversionNumber', { value: version });
  frbr(5, 'FRBRlanguage', { language });
  el(4, '</FRBRExpression>');
  el(4, '<FRBRManifestation>');
  frbr(5, 'FRBRthis', { value: `${expression}/!main.xml` });
  frbr(5, 'FRBRuri', { value: manifestation });
  frbr(5, 'FRBRdate', { date: treaty.date, name: 'generation' });
  frbr(5, 'FRBRauthor', { href: author });
  el(4, '</FRBRManifestation>');
  el(3, '</identification>');
  el(3, `<references${at({ source: author })}>`);
  frbr(4, 'TLCOrganization', { eId: source.eId, href: source.href, showAs: source.showAs });
  el(3, '</references>');
  el(2, '</meta>');
  el(2, '<preface>');
  el(3, `<p class="title"><docTitle>${escapeXml(title)}</docTitle></p>`);
  el(
    3,
    `<p class="version">Version <docNumber>${escapeXml(version)}</docNumber> of <docDate${at({ date: treaty.date })}>${treaty.date}</docDate></p>`,
  );
  el(2, '</preface>');
  el(2, '<body>');
  for (const a of treaty.articles) {
    const num = oneLine(String(a.num));
    const heading = oneLine(a.heading);
    el(3, `<article${at({ eId: articleEId(a.num) })}>`);
    el(4, `<num>Article ${escapeXml(num)}</num>`);
    if (heading !== '') el(4, `<heading>${escapeXml(heading)}</heading>`);
    el(4, '<content>');
    const paras = paragraphs(a.body);
    if (paras.length === 0) el(5, '<p/>'); // content needs at least one block
    for (const p of paras) el(5, `<p>${escapeXml(p)}</p>`);
    el(4, '</content>');
    el(3, '</article>');
  }
  el(2, '</body>');
  el(1, '</act>');
  el(0, '</akomaNtoso>');
  return `${lines.join('\n')}\n`;
}
