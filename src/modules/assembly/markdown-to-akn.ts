/**
 * An article's Markdown body as Akoma Ntoso 3.0 block elements (the children of an article's
 * `content`), valid against the OASIS schema `akomantoso30.xsd`. Parsed with markdown-it (CommonMark
 * plus GFM tables and strikethrough) with `html: false`, so raw HTML in the Markdown is text, never
 * markup; the token stream is then walked, and every text and attribute value is escaped here.
 *
 * | Markdown | Akoma Ntoso |
 * |---|---|
 * | paragraph | `p` |
 * | ordered / bullet list | `blockList` of `item`s (ordered items get `num`, e.g. `1.`) — not `ol`/`ul`: their `li` may hold only inline text, `p` and lists, while an `item` takes any block (a table, a quotation) |
 * | block quote | `p` holding an `embeddedStructure` (the schema's "extract from another document") with the quoted blocks |
 * | table | `table` / `tr` / `th`, `td`, each cell's text in a `p` (cells take blocks, not text); alignment as `style` |
 * | `**b**`, `*i*`, `~~s~~` | `b`, `i`, `span class="strikethrough"` |
 * | link | `a href` for http, https and mailto only; any other target leaves the link text alone |
 * | inline code, code block | `span class="code"`; `p class="code"` with `br` between lines |
 * | heading | `p class="heading"` (an article's content has no heading element) |
 * | image | its alternative text (nothing is fetched or embedded) |
 * | hard line break / soft line break | `br` / a space |
 * | thematic break | nothing (it carries no text) |
 */
import MarkdownIt, { type Token } from 'markdown-it';

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

/** attrs → ` a="v" b="w"`, values escaped; undefined values are left out. */
export const attributes = (attrs: Record<string, string | undefined>) =>
  Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

// `html: false`: an HTML tag in the Markdown stays text. `linkify` off: only explicit links link.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Link targets that may become an `href`; markdown-it already refuses javascript:, data: and the like. */
const LINKABLE = /^(https?:|mailto:)/i;

/** Alignments a GFM table cell may have, as markdown-it writes them. */
const ALIGNMENTS = new Set(['text-align:left', 'text-align:center', 'text-align:right']);

/** A token's attribute as text (markdown-it types a value as string or number). */
const attr = (token: Token, name: string): string | undefined => {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
};

/** A token with the tokens between its opening and its closing (markdown-it's stream is flat). */
interface Node {
  token: Token;
  children: Node[];
}

/** Nests the flat stream: an opening token (nesting 1) takes everything up to its closing (-1). */
function nest(tokens: readonly Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    const siblings = stack[stack.length - 1] ?? root;
    if (token.nesting === -1) {
      stack.pop();
      continue;
    }
    const node: Node = { token, children: [] };
    siblings.push(node);
    if (token.nesting === 1) stack.push(node.children);
  }
  return root;
}

/** Inline Markdown (an `inline` token's children) as AKN inline markup on one line. */
function inline(nodes: readonly Node[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode({ token, children }: Node): string {
  switch (token.type) {
    case 'text':
      return escapeXml(token.content);
    case 'softbreak':
      return ' '; // CommonMark renders a soft line break as a space
    case 'hardbreak':
      return '<br/>';
    case 'code_inline':
      return `<span class="code">${escapeXml(token.content)}</span>`;
    case 'strong_open':
      return `<b>${inline(children)}</b>`;
    case 'em_open':
      return `<i>${inline(children)}</i>`;
    case 's_open':
      return `<span class="strikethrough">${inline(children)}</span>`;
    case 'link_open': {
      const href = attr(token, 'href') ?? '';
      const title = attr(token, 'title');
      // Any other scheme (or a relative target) keeps the words but loses the link.
      return LINKABLE.test(href) ? `<a${attributes({ href, title })}>${inline(children)}</a>` : inline(children);
    }
    case 'image':
      return inline(nest(token.children ?? [])); // the alternative text, with its emphasis
    default:
      // html_inline cannot occur with `html: false`; anything unforeseen keeps its text.
      return escapeXml(token.content);
  }
}

/** The inline content of a block token (paragraph, heading, cell): its `inline` child. */
const inlineOf = (node: Node) => inline(nest(node.children.find((c) => c.token.type === 'inline')?.token.children ?? []));

/** Appends `<p …>inline</p>`, or `<p/>` when there is no text (a `p` may be empty). */
function paragraph(out: string[], depth: number, text: string, attrs: Record<string, string | undefined> = {}): void {
  const pad = '  '.repeat(depth);
  out.push(text === '' ? `${pad}<p${attributes(attrs)}/>` : `${pad}<p${attributes(attrs)}>${text}</p>`);
}

/** Appends the blocks `nodes` at `depth`; a container that must hold a block gets `<p/>` when empty. */
function blocks(out: string[], depth: number, nodes: readonly Node[]): void {
  const pad = '  '.repeat(depth);
  for (const node of nodes) {
    const { token, children } = node;
    switch (token.type) {
      case 'paragraph_open':
        paragraph(out, depth, inlineOf(node));
        break;
      case 'heading_open':
        paragraph(out, depth, inlineOf(node), { class: 'heading' });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = Number(attr(token, 'start') ?? 1);
        out.push(`${pad}<blockList>`);
        children.forEach((item, i) => {
          out.push(`${pad}  <item>`);
          if (ordered) out.push(`${pad}    <num>${start + i}${escapeXml(item.token.markup)}</num>`);
          container(out, depth + 2, item.children);
          out.push(`${pad}  </item>`);
        });
        out.push(`${pad}</blockList>`);
        break;
      }
      case 'blockquote_open':
        out.push(`${pad}<p>`, `${pad}  <embeddedStructure>`);
        container(out, depth + 2, children);
        out.push(`${pad}  </embeddedStructure>`, `${pad}</p>`);
        break;
      case 'table_open':
        table(out, depth, node);
        break;
      case 'fence':
      case 'code_block': {
        const lines = token.content.replace(/\n$/, '').split('\n').map(escapeXml);
        paragraph(out, depth, lines.join('<br/>'), { class: 'code' });
        break;
      }
      // 'hr' carries no text; 'html_block' cannot occur with `html: false`.
    }
  }
}

/** Blocks inside an element whose content model needs at least one (item, embeddedStructure). */
function container(out: string[], depth: number, nodes: readonly Node[]): void {
  const before = out.length;
  blocks(out, depth, nodes);
  if (out.length === before) paragraph(out, depth, '');
}

/** A GFM table: header and body rows alike become `tr`s (the schema has no thead or tbody). */
function table(out: string[], depth: number, node: Node): void {
  const pad = '  '.repeat(depth);
  out.push(`${pad}<table>`);
  for (const section of node.children) {
    for (const row of section.children) {
      out.push(`${pad}  <tr>`);
      for (const cell of row.children) {
        const tag = cell.token.type === 'th_open' ? 'th' : 'td';
        const align = attr(cell.token, 'style') ?? '';
        const attrs = attributes({ style: ALIGNMENTS.has(align) ? align : undefined });
        const text = inlineOf(cell);
        out.push(text === '' ? `${pad}    <${tag}${attrs}/>` : `${pad}    <${tag}${attrs}><p>${text}</p></${tag}>`);
      }
      out.push(`${pad}  </tr>`);
    }
  }
  out.push(`${pad}</table>`);
}

/**
 * The Markdown `body` as AKN block elements, one line per block element (inline markup stays on its
 * block's line), indented two spaces per level from column 0. Never empty: no text gives `<p/>`,
 * because an article's `content` needs a block.
 */
export function markdownToAkn(body: string): string[] {
  const out: string[] = [];
  container(out, 0, nest(markdown.parse(body, {})));
  return out;
}
