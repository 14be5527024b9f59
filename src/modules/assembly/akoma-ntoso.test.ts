import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AKN_NAMESPACE, articleEId, escapeXml, toAkomaNtoso } from './akoma-ntoso.ts';
import { TreatyExportError, type TreatyVersion } from './treaty-text.ts';

const fixture = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const treaty = JSON.parse(fixture('treaty-version.json')) as TreatyVersion;

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict, minimal, regex-free XML 1.0 well-formedness checker for what the exporter writes:
 * an optional XML declaration, then one root element with elements, attributes, character data and
 * the five predefined entities or numeric references. Comments, CDATA, DOCTYPE and processing
 * instructions elsewhere are rejected. Returns the element tree, text unescaped.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed at ${i}: ${why}`);
  };
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const isNameStart = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === ':';
  const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
  const isXmlChar = (cp: number) =>
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
  const skipSpace = () => {
    while (i < xml.length && isSpace(xml[i])) i++;
  };
  const name = () => {
    const start = i;
    if (!isNameStart(xml[i] ?? '')) fail('expected a name');
    while (i < xml.length && isNameChar(xml[i])) i++;
    return xml.slice(start, i);
  };
  const reference = (): string => {
    // at '&'
    const end = xml.indexOf(';', i);
    if (end < 0) fail('unterminated reference');
    const ref = xml.slice(i + 1, end);
    i = end + 1;
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref in named) return named[ref];
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return fail(`unknown entity &${ref};`);
  };
  const char = (): string => {
    const cp = xml.codePointAt(i) as number;
    if (!isXmlChar(cp) || (cp >= 0xd800 && cp <= 0xdfff)) fail(`character U+${cp.toString(16)} not allowed`);
    const c = String.fromCodePoint(cp);
    i += c.length;
    return c;
  };

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    i = end + 2;
  }
  skipSpace();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    if (xml[i] === '<') {
      i++;
      if (xml[i] === '/') {
        i++;
        const n = name();
        skipSpace();
        if (xml[i] !== '>') fail('expected >');
        i++;
        const open = stack.pop();
        if (!open || open.name !== n) fail(`</${n}> does not close <${open?.name}>`);
        if (stack.length === 0) {
          skipSpace();
          if (i !== xml.length) fail('content after the root element');
        }
        continue;
      }
      if (xml[i] === '!' || xml[i] === '?') fail('comments, CDATA, DOCTYPE and PIs are not expected');
      if (root && stack.length === 0) fail('a second root element');
      const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
      for (;;) {
        const hadSpace = i < xml.length && isSpace(xml[i]);
        skipSpace();
        if (xml[i] === '/' || xml[i] === '>') break;
        if (!hadSpace) fail('attributes must be separated by whitespace');
        const a = name();
        skipSpace();
        if (xml[i] !== '=') fail('expected =');
        i++;
        skipSpace();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail('expected a quoted value');
        i++;
        let value = '';
        while (xml[i] !== quote) {
          if (i >= xml.length) fail('unterminated attribute value');
          if (xml[i] === '<') fail('< in an attribute value');
          value += xml[i] === '&' ? reference() : char();
        }
        i++;
        if (a in el.attrs) fail(`duplicate attribute ${a}`);
        el.attrs[a] = value;
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else root = el;
      if (xml[i] === '/') {
        i++;
        if (xml[i] !== '>') fail('expected />');
        i++;
        if (stack.length === 0) {
          skipSpace();
          if (i !== xml.length) fail('content after the root element');
        }
      } else {
        i++;
        stack.push(el);
      }
      continue;
    }
    if (stack.length === 0) fail('text outside the root element');
    if (xml.startsWith(']]>', i)) fail(']]> in character data');
    stack[stack.length - 1].text += xml[i] === '&' ? reference() : char();
  }
  if (!root || stack.length > 0) fail('unclosed elements');
  return root as XmlElement;
}

const child = (el: XmlElement, name: string) => {
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
    expect(toAkomaNtoso(treaty, { workDate: '2025-01-20' })).toBe(fixture('treaty-version.akn.xml'));
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
    expect(names(work)).toEqual([
      'FRBRthis',
      'FRBRuri',
      'FRBRdate',
      'FRBRauthor',
      'FRBRcountry',
      'FRBRsubtype',
      'FRBRnumber',
      'FRBRname',
    ]);
    expect(child(work, 'FRBRuri').attrs.value).toBe('/akn/un/act/treaty/2025-01-20/framework-treaty-on-frontier-ai-compute-draft');
    const expression = child(identification, 'FRBRExpression');
    expect(names(expression)).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'FRBRversionNumber', 'FRBRlanguage']);
    expect(child(expression, 'FRBRuri').attrs.value).toMatch(/\/eng@2025-03-14$/);
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
    expect(third.children.map((c) => c.name)).toEqual(['num', 'content']); // empty heading omitted
    expect(child(third, 'content').children.map((c) => c.name)).toEqual(['p']);
  });

  it('stays well-formed for any text, dropping characters XML forbids', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, heading, body) => {
        const xml = toAkomaNtoso({ title, version: heading, date: '2025-01-01', articles: [{ num: 1, heading, body }] });
        const root = parseXml(xml);
        const docTitle = child(child(child(root, 'act'), 'preface').children[0], 'docTitle');
        expect(docTitle.text).toBe(title.replace(/\s+/g, ' ').trim().replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
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
    expect(xml).toContain('<FRBRuri value="/akn/int/act/treaty/2025-03-14/ai-treaty/fra@2025-03-14"/>');
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
    expect(code({ ...treaty, articles: [treaty.articles[0], { ...treaty.articles[1], num: '1' }] })).toBe(
      'article_num_duplicate',
    );
    expect(code({ ...treaty, articles: [] })).toBe('articles_empty');
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
