/**
 * Export of a treaty version to Akoma Ntoso 3.0 XML (OASIS LegalDocML, "Akoma Ntoso Version 1.0",
 * Part 1: XML Vocabulary and Part 2: Specifications, 2018; namespace
 * http://docs.oasis-open.org/legaldocml/ns/akn/3.0), as an `act` named "treaty", valid against the
 * official schema `akomantoso30.xsd` (the tests check every export with xmllint):
 *
 * - `meta/identification` with the FRBR Work, Expression and Manifestation in the element order of
 *   the schema (FRBRthis, FRBRuri, FRBRdate, FRBRauthor, then FRBRcountry … at Work level and
 *   FRBRversionNumber, FRBRlanguage at Expression level), and `references` naming the source;
 * - IRIs after the Akoma Ntoso Naming Convention Version 1.0 (OASIS, 2019, §4.5–4.7): Work
 *   `/akn/{country}/act/treaty/{workDate}/{number}`; Expression `{work}/{language}@{date};{version}`,
 *   the "@" followed by the Convention's semicolon-separated version identifiers — the version's
 *   date and its FRBRversionNumber — so two versions of one day have distinct Expressions;
 *   Manifestation `{expression}.xml`; each `FRBRthis` adds `/!main` (the main component). The
 *   Expression's FRBRdate is the instant the version was made (`versionTime`, an xsd:dateTime) when
 *   given, else its date; one Expression per language (`eng`, `fra`, … in the IRI and FRBRlanguage);
 * - `preface` with the `docTitle`, version (`docNumber`) and `docDate`;
 * - `body` with one `article` per article: `eId="art_{num}"` (the Naming Convention's element
 *   identifiers), `num`, `heading`, and `content` holding the article's Markdown as AKN blocks
 *   (`markdown-to-akn.ts`: paragraphs, lists, tables, quotations, emphasis, links).
 *
 * Text and attribute values are escaped (& < > " ') and characters XML 1.0 does not allow (C0
 * controls other than tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF) are
 * dropped, so any input gives well-formed XML.
 */
import { attributes, escapeXml, markdownToAkn } from './markdown-to-akn.ts';
import { TreatyExportError, assertIsoDate, oneLine, type TreatyVersion } from './treaty-text.ts';

export { escapeXml };

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AkomaNtosoOptions {
  /** Jurisdiction code in the IRIs and FRBRcountry; default 'un' (an international instrument). */
  country?: string;
  /** ISO 639-2 alpha-3 language of the text; default 'eng'. */
  language?: string;
  /**
   * The same language as a BCP 47 tag (`fr`) for `xml:lang` on each article: the schema lets
   * content elements carry attributes of other namespaces, but not `act` nor `akomaNtoso`.
   * Default none.
   */
  xmlLang?: string;
  /** Date of the Work (the treaty's first text), YYYY-MM-DD; default the version's date. */
  workDate?: string;
  /** Number or name of the Work in its IRI; default a slug of the title. */
  number?: string;
  /**
   * The instant the version was made, an xsd:dateTime (e.g. `2026-11-29T10:15:00.000Z`): the
   * Expression's and Manifestation's FRBRdate, which then differ between two versions of one day.
   * Default the version's date.
   */
  versionTime?: string;
  /** The body that produced the document (identification source, FRBRauthor). */
  source?: { eId: string; href: string; showAs: string };
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

/** An xsd:dateTime as the schema's FRBRdate takes it: a calendar date, a time, an optional zone. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?$/;

function assertDateTime(value: string, what: string): void {
  const m = DATE_TIME.exec(value);
  if (!m?.[1]) throw new TreatyExportError('date_invalid', `${what} must be a date and time YYYY-MM-DDThh:mm:ss[.s][Z]`, { [what]: value });
  assertIsoDate(m[1], what);
}

/** Refuses a version that would not make a valid document: bad dates, no article, two articles with one eId. */
function assertExportable(treaty: TreatyVersion, workDate: string, versionTime: string | undefined): void {
  assertIsoDate(treaty.date, 'date');
  assertIsoDate(workDate, 'workDate');
  if (versionTime !== undefined) assertDateTime(versionTime, 'versionTime');
  if (treaty.articles.length === 0) {
    throw new TreatyExportError('articles_empty', 'an Akoma Ntoso body needs at least one article');
  }
  const eIds = new Set<string>();
  for (const a of treaty.articles) {
    const eId = articleEId(a.num);
    if (eIds.has(eId)) throw new TreatyExportError('article_num_duplicate', `two articles would be ${eId}`, { num: a.num });
    eIds.add(eId);
  }
}

/** The document's FRBR identity: its IRIs (Naming Convention), title, version and source. */
function identityOf(treaty: TreatyVersion, workDate: string, options: AkomaNtosoOptions) {
  const country = slug(options.country ?? 'un');
  const language = slug(options.language ?? 'eng');
  const number = slug(options.number ?? treaty.title);
  const source = options.source ?? { eId: 'concord', href: '/ontology/organization/concord', showAs: 'Concord' };
  const work = `/akn/${country}/act/treaty/${workDate}/${number}`;
  const version = oneLine(String(treaty.version));
  // Naming Convention §4.6.1: after "@", semicolon-separated version identifiers; the date alone
  // would give two versions of one day the same Expression.
  const expression = `${work}/${language}@${treaty.date};${slug(version)}`;
  return {
    country,
    language,
    number,
    source,
    work,
    workDate,
    expression,
    manifestation: `${expression}.xml`,
    date: treaty.date,
    /** FRBRdate of the Expression and Manifestation: the version's instant, else its date. */
    versionDate: options.versionTime ?? treaty.date,
    title: oneLine(treaty.title),
    version,
    author: `#${source.eId}`,
  };
}

type Identity = ReturnType<typeof identityOf>;

/** Lines of XML, each indented two spaces per level. */
class XmlLines {
  readonly lines: string[] = [];
  /** Appends a line at `depth`. */
  el(depth: number, text: string): void {
    this.lines.push(`${'  '.repeat(depth)}${text}`);
  }
  /** Appends an empty element with its attributes. */
  empty(depth: number, name: string, attrs: Record<string, string>): void {
    this.el(depth, `<${name}${attributes(attrs)}/>`);
  }
}

/** `meta`: identification (FRBR Work, Expression, Manifestation, in the schema's order) and references. */
function writeMeta(x: XmlLines, id: Identity): void {
  x.el(2, '<meta>');
  x.el(3, `<identification${attributes({ source: id.author })}>`);
  x.el(4, '<FRBRWork>');
  x.empty(5, 'FRBRthis', { value: `${id.work}/!main` });
  x.empty(5, 'FRBRuri', { value: id.work });
  x.empty(5, 'FRBRdate', { date: id.workDate, name: 'work' });
  x.empty(5, 'FRBRauthor', { href: id.author });
  x.empty(5, 'FRBRcountry', { value: id.country });
  x.empty(5, 'FRBRsubtype', { value: 'treaty' });
  x.empty(5, 'FRBRnumber', { value: id.number });
  x.empty(5, 'FRBRname', { value: id.title });
  x.el(4, '</FRBRWork>');
  x.el(4, '<FRBRExpression>');
  x.empty(5, 'FRBRthis', { value: `${id.expression}/!main` });
  x.empty(5, 'FRBRuri', { value: id.expression });
  x.empty(5, 'FRBRdate', { date: id.versionDate, name: 'version' });
  x.empty(5, 'FRBRauthor', { href: id.author });
  x.empty(5, 'FRBRversionNumber', { value: id.version });
  x.empty(5, 'FRBRlanguage', { language: id.language });
  x.el(4, '</FRBRExpression>');
  x.el(4, '<FRBRManifestation>');
  x.empty(5, 'FRBRthis', { value: `${id.expression}/!main.xml` });
  x.empty(5, 'FRBRuri', { value: id.manifestation });
  x.empty(5, 'FRBRdate', { date: id.versionDate, name: 'generation' });
  x.empty(5, 'FRBRauthor', { href: id.author });
  x.el(4, '</FRBRManifestation>');
  x.el(3, '</identification>');
  x.el(3, `<references${attributes({ source: id.author })}>`);
  x.empty(4, 'TLCOrganization', { eId: id.source.eId, href: id.source.href, showAs: id.source.showAs });
  x.el(3, '</references>');
  x.el(2, '</meta>');
}

/** `preface`: the title, and the version with its date. */
function writePreface(x: XmlLines, id: Identity): void {
  x.el(2, '<preface>');
  x.el(3, `<p class="title"><docTitle>${escapeXml(id.title)}</docTitle></p>`);
  x.el(
    3,
    `<p class="version">Version <docNumber>${escapeXml(id.version)}</docNumber> of <docDate${attributes({ date: id.date })}>${id.date}</docDate></p>`,
  );
  x.el(2, '</preface>');
}

/** `body`: one `article` per article, its content the article's Markdown as AKN blocks. */
function writeBody(x: XmlLines, articles: TreatyVersion['articles'], xmlLang: string | undefined): void {
  x.el(2, '<body>');
  for (const a of articles) {
    const num = oneLine(String(a.num));
    const heading = oneLine(a.heading);
    x.el(3, `<article${attributes({ eId: articleEId(a.num), 'xml:lang': xmlLang })}>`);
    x.el(4, `<num>Article ${escapeXml(num)}</num>`);
    if (heading !== '') x.el(4, `<heading>${escapeXml(heading)}</heading>`);
    x.el(4, '<content>');
    for (const line of markdownToAkn(a.body)) x.el(5, line);
    x.el(4, '</content>');
    x.el(3, '</article>');
  }
  x.el(2, '</body>');
}

/** Serialises a treaty version as an Akoma Ntoso 3.0 document (UTF-8, two-space indentation). */
export function toAkomaNtoso(treaty: TreatyVersion, options: AkomaNtosoOptions = {}): string {
  const workDate = options.workDate ?? treaty.date;
  assertExportable(treaty, workDate, options.versionTime);
  const id = identityOf(treaty, workDate, options);
  const x = new XmlLines();
  x.el(0, '<?xml version="1.0" encoding="UTF-8"?>');
  x.el(0, `<akomaNtoso xmlns="${AKN_NAMESPACE}">`);
  x.el(1, '<act name="treaty">');
  writeMeta(x, id);
  writePreface(x, id);
  writeBody(x, treaty.articles, options.xmlLang);
  x.el(1, '</act>');
  x.el(0, '</akomaNtoso>');
  return `${x.lines.join('\n')}\n`;
}
