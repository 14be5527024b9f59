import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAkomaNtoso } from '../../../test/fixtures/akoma-ntoso/validate.ts';
import { AKN_NAMESPACE, articleEId, escapeXml, toAkomaNtoso } from './akoma-ntoso.ts';
import { ISO_639_2, LANGUAGES, type Language } from './languages.ts';
import { TreatyExportError, type TreatyVersion } from './treaty-text.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const treaty = JSON.parse(fixture('treaty-version.json')) as TreatyVersion;
/** A treaty whose articles use every Markdown feature the export converts. */
const richTreaty = JSON.parse(fixture('treaty-markdown.json')) as TreatyVersion;

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isNameStart = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === ':';
const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
const isXmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A strict, minimal, regex-free XML 1.0 well-formedness checker for what the exporter writes:
 * an optional XML declaration, then one root element with elements, attributes, character data and
 * the five predefined entities or numeric references. Comments, CDATA, DOCTYPE and processing
 * instructions elsewhere are rejected. `parse` returns the element tree, text unescaped.
 */
class StrictXmlParser {
  private i = 0;
  private readonly stack: XmlElement[] = [];
  private root: XmlElement | null = null;

  constructor(private readonly xml: string) {}

  parse(): XmlElement {
    const xml = this.xml;
    if (xml.startsWith('<?xml')) {
      const end = xml.indexOf('?>');
      if (end < 0) this.fail('unterminated declaration');
      this.i = end + 2;
    }
    this.skipSpace();
    while (this.i < xml.length) {
      if (xml[this.i] === '<') {
        this.i++;
        if (xml[this.i] === '/') this.closingTag();
        else this.openingTag();
        continue;
      }
      const open = this.stack.at(-1);
      if (open === undefined) this.fail('text outside the root element');
      if (xml.startsWith(']]>', this.i)) this.fail(']]> in character data');
      open.text += xml[this.i] === '&' ? this.reference() : this.char();
    }
    if (!this.root || this.stack.length > 0) this.fail('unclosed elements');
    return this.root;
  }

  private fail(why: string): never {
    throw new Error(`not well-formed at ${this.i}: ${why}`);
  }

  private skipSpace() {
    while (isSpace(this.xml.charAt(this.i))) this.i++; // charAt gives '' past the end
  }

  private name() {
    const start = this.i;
    if (!isNameStart(this.xml.charAt(this.i))) this.fail('expected a name');
    while (isNameChar(this.xml.charAt(this.i))) this.i++;
    return this.xml.slice(start, this.i);
  }

  /** A reference, at '&'. */
  private reference(): string {
    const end = this.xml.indexOf(';', this.i);
    if (end < 0) this.fail('unterminated reference');
    const ref = this.xml.slice(this.i + 1, end);
    this.i = end + 1;
    const named = NAMED_ENTITIES[ref];
    if (named !== undefined) return named;
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return this.fail(`unknown entity &${ref};`);
  }

  private char(): string {
    const cp = this.xml.codePointAt(this.i) as number;
    if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff)) this.fail(`character U+${cp.toString(16)} not allowed`);
    const c = String.fromCodePoint(cp);
    this.i += c.length;
    return c;
  }

  /** After the root element closes, only whitespace may follow. */
  private endIfRootClosed() {
    if (this.stack.length === 0) {
      this.skipSpace();
      if (this.i !== this.xml.length) this.fail('content after the root element');
    }
  }

  /** `</name>`, at '/'. */
  private closingTag() {
    this.i++;
    const n = this.name();
    this.skipSpace();
    if (this.xml[this.i] !== '>') this.fail('expected >');
    this.i++;
    const open = this.stack.pop();
    if (!open || open.name !== n) this.fail(`</${n}> does not close <${open?.name}>`);
    this.endIfRootClosed();
  }

  /** `<name attrs>` or `<name attrs/>`, after '<'. */
  private openingTag() {
    const xml = this.xml;
    if (xml[this.i] === '!' || xml[this.i] === '?') this.fail('comments, CDATA, DOCTYPE and PIs are not expected');
    if (this.root && this.stack.length === 0) this.fail('a second root element');
    const el: XmlElement = { name: this.name(), attrs: {}, children: [], text: '' };
    this.attributes(el);
    const parent = this.stack.at(-1);
    if (parent) parent.children.push(el);
    else this.root = el;
    if (xml[this.i] === '/') {
      this.i++;
      if (xml[this.i] !== '>') this.fail('expected />');
      this.i++;
      this.endIfRootClosed();
    } else {
      this.i++;
      this.stack.push(el);
    }
  }

  /** The attributes of `el`, up to '/' or '>'. */
  private attributes(el: XmlElement) {
    const xml = this.xml;
    for (;;) {
      const hadSpace = isSpace(xml.charAt(this.i));
      this.skipSpace();
      if (xml[this.i] === '/' || xml[this.i] === '>') break;
      if (!hadSpace) this.fail('attributes must be separated by whitespace');
      const a = this.name();
      this.skipSpace();
      if (xml[this.i] !== '=') this.fail('expected =');
      this.i++;
      this.skipSpace();
      const value = this.attributeValue();
      if (a in el.attrs) this.fail(`duplicate attribute ${a}`);
      el.attrs[a] = value;
    }
  }

  /** A quoted attribute value, unescaped. */
  private attributeValue(): string {
    const quote = this.xml[this.i];
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted value');
    this.i++;
    let value = '';
    while (this.xml[this.i] !== quote) {
      if (this.i >= this.xml.length) this.fail('unterminated attribute value');
      if (this.xml[this.i] === '<') this.fail('< in an attribute value');
      value += this.xml[this.i] === '&' ? this.reference() : this.char();
    }
    this.i++;
    return value;
  }
}

/** Parses `xml` strictly (see StrictXmlParser), failing on anything not well-formed. */
const parseXml = (xml: string): XmlElement => new StrictXmlParser(xml).parse();

/** The child of `el` named `name`; `el` may be an element the test expected and did not find. */
const child = (el: XmlElement | undefined, name: string) => {
  if (el === undefined) throw new Error(`no element to look for <${name}> in`);
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`no <${name}> in <${el.name}>`);
  return found;
};

describe('parseXml (the test checker itself)', () => {
  it.each([
    ['<a><b></a></b>', 'crossed tags'],
    ['<a>x & y</a>', 'bare ampersand'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a x="<"/>', '< in attribute'],
    ['<a/><b/>', 'two roots'],
    ['<a>', 'unclosed'],
    ['<a>&nbsp;</a>', 'undeclared entity'],
    ['<a>\u0001</a>', 'control character'],
  ])('rejects %s (%s)', (xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });

  it('accepts and unescapes a small document', () => {
    const doc = parseXml('<?xml version="1.0"?>\n<a k="&quot;v&quot;"><b>1 &lt; 2 &amp;&#x41;</b><c/></a>');
    expect(doc.attrs.k).toBe('"v"');
    expect(child(doc, 'b').text).toBe('1 < 2 &A');
  });
});

describe('toAkomaNtoso', () => {
  it('matches the golden document', () => {
    expect(toAkomaNtoso(treaty, { workDate: '2025-01-20', versionTime: '2025-03-14T09:30:00.000Z' })).toBe(
      fixture('treaty-version.akn.xml'),
    );
  });

  it('matches the golden document of a treaty using every Markdown feature', () => {
    expect(toAkomaNtoso(richTreaty, { number: 'treaty-7', versionTime: '2026-11-29T10:00:00.000Z' })).toBe(
      fixture('treaty-markdown.akn.xml'),
    );
  });

  it('is well-formed, in the Akoma Ntoso 3.0 namespace, an act named treaty', () => {
    const root = parseXml(toAkomaNtoso(treaty));
    expect(root.name).toBe('akomaNtoso');
    expect(root.attrs.xmlns).toBe(AKN_NAMESPACE);
    expect(AKN_NAMESPACE).toBe('http://docs.oasis-open.org/legaldocml/ns/akn/3.0');
    const act = child(root, 'act');
    expect(act.attrs.name).toBe('treaty');
    expect(act.children.map((c) => c.name)).toEqual(['meta', 'preface', 'body']);
  });

  it('writes the FRBR identification in schema order', () => {
    const meta = child(child(parseXml(toAkomaNtoso(treaty, { workDate: '2025-01-20' })), 'act'), 'meta');
    const identification = child(meta, 'identification');
    expect(identification.attrs.source).toBe('#concord');
    const names = (el: XmlElement) => el.children.map((c) => c.name);
    expect(names(identification)).toEqual(['FRBRWork', 'FRBRExpression', 'FRBRManifestation']);
    const work = child(identification, 'FRBRWork');
    expect(names(work)).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRcountry', 'FRBRsubtype', 'FRBRnumber', 'FRBRname']);
    expect(child(work, 'FRBRuri').attrs.value).toBe('/akn/un/act/treaty/2025-01-20/framework-treaty-on-frontier-ai-compute-draft');
    const expression = child(identification, 'FRBRExpression');
    expect(names(expression)).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRversionNumber', 'FRBRlanguage']);
    expect(child(expression, 'FRBRuri').attrs.value).toMatch(/\/eng@2025-03-14;3$/);
    expect(child(expression, 'FRBRlanguage').attrs.language).toBe('eng');
    expect(names(child(identification, 'FRBRManifestation'))).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor']);
    expect(child(child(meta, 'references'), 'TLCOrganization').attrs.eId).toBe('concord');
  });

  it('escapes < & > " and \' in text and attributes and reads back the same text', () => {
    const xml = toAkomaNtoso(treaty);
    expect(xml).toContain('Framework Treaty on Frontier AI &amp; Compute &lt;Draft&gt;');
    expect(xml).toContain('&quot;Compute&quot;');
    expect(xml).toContain('model&apos;s');
    expect(xml).not.toContain('<Draft>');
    const root = parseXml(xml);
    const preface = child(child(root, 'act'), 'preface');
    expect(child(preface.children[0], 'docTitle').text).toBe(treaty.title);
    const name = child(child(child(child(child(root, 'act'), 'meta'), 'identification'), 'FRBRWork'), 'FRBRname');
    expect(name.attrs.value).toBe(treaty.title);
  });

  it('writes one article per article with eId, num, heading and a p per paragraph', () => {
    const body = child(child(parseXml(toAkomaNtoso(treaty)), 'act'), 'body');
    expect(body.children.map((a) => a.attrs.eId)).toEqual(['art_1', 'art_2bis', 'art_3']);
    const [first, second, third] = body.children;
    expect(child(first, 'num').text).toBe('Article 1');
    expect(child(first, 'heading').text).toBe('Definitions');
    expect(child(first, 'content').children.map((p) => p.text)).toEqual([
      'For the purposes of this Treaty:',
      '"Compute" means floating-point operations (FLOP) & their accounting; a "training run" means one optimisation of a model\'s weights.',
      'Thresholds are stated as 10^26 FLOP, i.e. > 10^25 and < 10^27.',
    ]);
    expect(child(second, 'heading').text).toBe('Reporting <obligations>');
    expect(third?.children.map((c) => c.name)).toEqual(['num', 'content']); // empty heading omitted
    expect(child(third, 'content').children.map((c) => c.name)).toEqual(['p']);
  });
});

describe('toAkomaNtoso, for any text, with options, and on bad input', () => {
  it('stays well-formed for any text, dropping characters XML forbids', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, heading, body) => {
        const xml = toAkomaNtoso({ title, version: heading, date: '2025-01-01', articles: [{ num: 1, heading, body }] });
        const root = parseXml(xml);
        const docTitle = child(child(child(root, 'act'), 'preface').children[0], 'docTitle');
        expect(docTitle.text).toBe(
          title
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('uses the given country, language, number and source', () => {
    const xml = toAkomaNtoso(treaty, {
      country: 'int',
      language: 'fra',
      number: 'AI-Treaty',
      source: { eId: 'secretariat', href: '/ontology/organization/secretariat', showAs: 'Secretariat' },
    });
    expect(xml).toContain('<FRBRuri value="/akn/int/act/treaty/2025-03-14/ai-treaty/fra@2025-03-14;3"/>');
    expect(xml).toContain('<identification source="#secretariat">');
  });

  it('rejects a bad date, duplicate article numbers and an empty treaty', () => {
    const code = (t: TreatyVersion, options = {}) => {
      try {
        toAkomaNtoso(t, options);
      } catch (e) {
        expect(e).toBeInstanceOf(TreatyExportError);
        return (e as TreatyExportError).code;
      }
      return undefined;
    };
    expect(code({ ...treaty, date: '2025-02-30' })).toBe('date_invalid');
    expect(code({ ...treaty, date: '14/03/2025' })).toBe('date_invalid');
    expect(code(treaty, { workDate: '2025-13-01' })).toBe('date_invalid');
    const [article1, article2] = treaty.articles;
    if (!article1 || !article2) throw new Error('the test treaty has at least two articles');
    expect(code({ ...treaty, articles: [article1, { ...article2, num: '1' }] })).toBe('article_num_duplicate');
    expect(code({ ...treaty, articles: [] })).toBe('articles_empty');
    expect(code(treaty, { versionTime: '2025-03-14' })).toBe('date_invalid');
    expect(code(treaty, { versionTime: '2025-02-30T10:00:00Z' })).toBe('date_invalid');
    expect(code(treaty, { versionTime: '2025-03-14T24:00:00Z' })).toBe('date_invalid');
    expect(code(treaty, { versionTime: '2025-03-14T10:00:00.5+02:00' })).toBeUndefined();
  });
});

/** The FRBR values that name a version: FRBRthis, FRBRuri and FRBRdate of each level. */
function frbrIds(xml: string) {
  const identification = child(child(child(parseXml(xml), 'act'), 'meta'), 'identification');
  const level = (name: string) => {
    const el = child(identification, name);
    return { this: child(el, 'FRBRthis').attrs.value, uri: child(el, 'FRBRuri').attrs.value, date: child(el, 'FRBRdate').attrs.date };
  };
  return { work: level('FRBRWork'), expression: level('FRBRExpression'), manifestation: level('FRBRManifestation') };
}

describe('toAkomaNtoso: one Expression per version (Naming Convention)', () => {
  const sameDay = (version: number): TreatyVersion => ({ ...richTreaty, version, date: '2026-11-29' });
  const v1 = () => toAkomaNtoso(sameDay(1), { workDate: '2026-11-29', number: 'treaty-7', versionTime: '2026-11-29T08:00:00.000Z' });
  const v2 = () => toAkomaNtoso(sameDay(2), { workDate: '2026-11-29', number: 'treaty-7', versionTime: '2026-11-29T16:30:05.250Z' });

  it('names the Expression {language}@{date};{version} and the Manifestation after it', () => {
    const work = '/akn/un/act/treaty/2026-11-29/treaty-7';
    expect(frbrIds(v2())).toEqual({
      work: { this: `${work}/!main`, uri: work, date: '2026-11-29' },
      expression: { this: `${work}/eng@2026-11-29;2/!main`, uri: `${work}/eng@2026-11-29;2`, date: '2026-11-29T16:30:05.250Z' },
      manifestation: { this: `${work}/eng@2026-11-29;2/!main.xml`, uri: `${work}/eng@2026-11-29;2.xml`, date: '2026-11-29T16:30:05.250Z' },
    });
  });

  it('gives versions 1 and 2 of one day different Expression and Manifestation ids, one Work', () => {
    const [a, b] = [frbrIds(v1()), frbrIds(v2())];
    expect(a.work).toEqual(b.work);
    for (const level of ['expression', 'manifestation'] as const) {
      for (const key of ['this', 'uri', 'date'] as const) expect(a[level][key]).not.toBe(b[level][key]);
    }
    // Without the instant the dates coincide, but the IRIs still differ by the version number.
    const [c, d] = [sameDay(1), sameDay(2)].map((t) => frbrIds(toAkomaNtoso(t)));
    expect(c?.expression.uri).not.toBe(d?.expression.uri);
    expect(c?.manifestation.this).not.toBe(d?.manifestation.this);
  });

  it('is stable: one version exports to the same bytes every time', () => {
    expect(v1()).toBe(v1());
    expect(frbrIds(v2())).toEqual(frbrIds(v2()));
  });
});

/** Asserts that `xml` is valid against akomantoso30.xsd, showing xmllint's messages if not. */
function expectSchemaValid(xml: string): void {
  const { valid, errors } = validateAkomaNtoso(xml);
  expect(errors).toBe('');
  expect(valid).toBe(true);
}

describe('the schema check (xmllint with test/fixtures/akoma-ntoso/akomantoso30.xsd)', () => {
  it('the check itself rejects what the schema forbids, and fails loudly without xmllint', () => {
    const golden = fixture('treaty-version.akn.xml');
    const textInContent = golden.replace('<p>Each Party shall report quarterly to the Agency.</p>', 'bare text');
    const liWithTable = golden.replace('<p/>', '<ul><li><table><tr><td/></tr></table></li></ul>');
    const unknownAttribute = golden.replace('name="version"', 'name="version" date2="x"');
    const linkWithoutHref = golden.replace('<p>Each Party shall report quarterly to the Agency.</p>', '<p><a>Agency</a></p>');
    const badDateTime = golden.replace('2025-03-14T09:30:00.000Z', '2025-03-14T25:00:00Z');
    for (const bad of [textInContent, liWithTable, unknownAttribute, linkWithoutHref, badDateTime]) {
      expect(bad).not.toBe(golden);
      const result = validateAkomaNtoso(bad);
      expect(result.valid).toBe(false);
      expect(result.errors).toMatch(/fails to validate|not expected|not allowed/);
    }
    expect(() => validateAkomaNtoso(golden, 'xmllint-is-not-installed-here')).toThrow(/install .*libxml2-utils/);
  });
});

describe('valid against the official Akoma Ntoso 3.0 schema', () => {
  it('the golden documents', () => {
    expectSchemaValid(fixture('treaty-version.akn.xml'));
    expectSchemaValid(fixture('treaty-markdown.akn.xml'));
  });

  it('a treaty using every Markdown feature, with the expected markup', () => {
    const xml = toAkomaNtoso(richTreaty, { versionTime: '2026-11-29T10:00:00Z' });
    expectSchemaValid(xml);
    for (const fragment of [
      '<p><i>Recognising</i> that the <b>Agency</b> is the <a href="https://example.org/agency?a=1&amp;b=2" title="The Agency">AI Safety Agency</a>',
      '<a href="mailto:depositary@example.org">the depositary</a>',
      'A [trap](javascript:alert(1)) and a relative link stay text.',
      '10^25 &lt; compute &amp; compute &gt; 10^27 are <span class="code">FLOP &lt;counted&gt;</span>; &lt;b&gt;raw HTML&lt;/b&gt; is text.',
      '<num>3.</num>',
      '<p>of <i>accelerators</i>,</p>',
      '<th style="text-align:right"><p>Compute (FLOP)</p></th>',
      '<td style="text-align:center"><p><b>yes</b></p></td>',
      '<td style="text-align:center"/>',
      '<p class="code">if (flop &gt; 1e26) {<br/>  license();<br/>}</p>',
    ]) {
      expect(xml).toContain(fragment);
    }
    expect(xml).not.toMatch(/<a href="(?!https?:|mailto:)/);
    expect(xml).not.toMatch(/\*\*|\]\(https|^\s*(-|\d\.) /m); // no Markdown left over, but for the refused link

    const body = child(child(parseXml(xml), 'act'), 'body');
    const content = (i: number) => child(body.children[i], 'content');
    const names = (el: XmlElement | undefined) => el?.children.map((c) => c.name);
    expect(names(content(1))).toEqual(['p', 'blockList', 'blockList']);
    const numbered = child(content(1), 'blockList');
    expect(numbered.children.map((item) => child(item, 'num').text)).toEqual(['1.', '2.', '3.']);
    const nested = child(child(numbered.children[1], 'blockList').children[1], 'blockList');
    expect(nested.children.map((item) => child(item, 'p').text)).toEqual(['by model;', 'by site;']);
    const table = child(content(2), 'table');
    expect(table.children.map((tr) => tr.children.map((cell) => cell.name).join())).toEqual([
      'th,th,th',
      'td,td,td',
      'td,td,td',
      'td,td,td',
    ]);
    const quote = child(content(3).children[1], 'embeddedStructure'); // after the introductory p
    expect(names(quote)).toEqual(['p', 'p']);
    expect(names(child(quote.children[1], 'embeddedStructure'))).toEqual(['p', 'blockList']);
  });

  it('two versions of one day', () => {
    for (const [version, versionTime] of [
      [1, '2026-11-29T08:00:00.000Z'],
      [2, '2026-11-29T16:30:05.250Z'],
    ] as const) {
      expectSchemaValid(toAkomaNtoso({ ...richTreaty, version, date: '2026-11-29' }, { versionTime }));
    }
  });

  it('any mix of Markdown syntax, controls and markup characters', () => {
    const piece = fc.constantFrom(
      ...['**', '*', '_', '~~', '`', '```\n', '> ', '- ', '1. ', '3) ', '| a | b |\n|---|:-:|\n', '|', '\n', '\n\n', '    ', '# ', '---'],
      ...['[l](https://e.org)', '[j](javascript:x)', '<https://a.b>', '![i](x.png)', '<b>', '&amp;', '&', '<', '"', '\\', 'text', ' '],
      ...['\u0000', '\u0008', '\uFFFE', '\uD800', '😀', '\t'],
    );
    const body = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
    // One document of many articles per xmllint run: a process per body would be slow.
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 25 }), (bodies) => {
        const articles = bodies.map((b, i) => ({ num: i + 1, heading: b.slice(0, 20), body: b }));
        expectSchemaValid(toAkomaNtoso({ title: 'Random', version: 1, date: '2026-11-29', articles }));
      }),
      { numRuns: 12 },
    );
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters and drops forbidden ones', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\td\uFFFEe\uD800f😀')).toBe('abc\tdef😀');
  });
});

describe('articleEId', () => {
  it('builds art_{num} from letters and digits', () => {
    expect(articleEId(1)).toBe('art_1');
    expect(articleEId('2 bis')).toBe('art_2bis');
    expect(articleEId('')).toBe('art_nn');
  });
});

describe('one Expression per language', () => {
  // One article per language in its own script, Arabic right to left: the export carries the text as it is.
  const texts: Record<Language, { heading: string; body: string }> = {
    ar: { heading: 'تعاريف', body: 'لأغراض هذه المعاهدة، يُقصد بـ «الحوسبة» عمليات الفاصلة العائمة.' },
    en: { heading: 'Definitions', body: 'For the purposes of this Treaty, "compute" means floating-point operations.' },
    es: { heading: 'Definiciones', body: 'A los efectos del presente Tratado, «cómputo» significa operaciones de coma flotante.' },
    fr: { heading: 'Définitions', body: 'Aux fins du présent Traité, « calcul » désigne les opérations en virgule flottante.' },
    ru: { heading: 'Определения', body: 'Для целей настоящего Договора «вычисления» означают операции с плавающей запятой.' },
    zh: { heading: '定义', body: '就本条约而言，"计算"是指浮点运算。' },
  };

  it.each(LANGUAGES)('%s: FRBRlanguage and the Expression IRI in ISO 639-2, xml:lang on each article, valid', (lang) => {
    const version: TreatyVersion = { title: texts[lang].heading, version: 2, date: '2026-11-30', articles: [{ num: 1, ...texts[lang] }] };
    const xml = toAkomaNtoso(version, { workDate: '2026-11-29', number: 'treaty-1', language: ISO_639_2[lang], xmlLang: lang });
    expect(validateAkomaNtoso(xml)).toMatchObject({ valid: true });
    expect(xml).toContain(`<FRBRlanguage language="${ISO_639_2[lang]}"/>`);
    expect(xml).toContain(`<FRBRuri value="/akn/un/act/treaty/2026-11-29/treaty-1/${ISO_639_2[lang]}@2026-11-30;2"/>`);
    expect(xml).toContain(`<article eId="art_1" xml:lang="${lang}">`);
    expect(xml).toContain(`<heading>${texts[lang].heading}</heading>`);
  });

  it('the check refuses an xml:lang that is not a language tag', () => {
    const version: TreatyVersion = { title: 'T', version: 1, date: '2026-11-30', articles: [{ num: 1, ...texts.en }] };
    expect(validateAkomaNtoso(toAkomaNtoso(version, { xmlLang: 'not a tag' })).valid).toBe(false);
  });
});
