/**
 * Markdown shown safely: an article's body, a comment, a rationale. markdown-it (CommonMark with
 * GFM tables and strikethrough) with raw HTML off, so `<script>` or `<img onerror>` in the source
 * comes out as escaped text; a link becomes an `<a>` only for http:, https: and mailto: targets
 * (markdown-it's own validateLink refuses javascript:, vbscript:, file: and most data:; the check
 * here refuses everything else too: relative paths, `#…`, data:image). Images are shown as their
 * alternative text: nothing is fetched from a text someone typed. What markdown-it writes is
 * escaped HTML, so it is put in with dangerouslySetInnerHTML.
 *
 * Pages use it through markdown.tsx, which loads this module (and markdown-it) apart from them.
 */
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false }).enable(['table', 'strikethrough']);

const validateLink = md.validateLink.bind(md);
md.validateLink = (url: string) => validateLink(url) && SAFE_LINK.test(url.trim());

// An image is its alternative text only.
md.renderer.rules.image = (tokens, idx, options, env, self) => self.renderInlineAsText(tokens[idx]?.children ?? [], options, env);

// A link leaves the site: it opens apart and tells the target nothing of the page it came from.
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token) {
    token.attrSet('rel', 'noopener noreferrer nofollow');
    token.attrSet('target', '_blank');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** The escaped HTML of `source`: no raw HTML, no script, links only to http(s) and mailto. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Where a Markdown text goes, and the attributes of its `<div>`. */
export interface MarkdownProps {
  source: string;
  className?: string;
  lang?: string;
  dir?: string;
}

/** `source` rendered as Markdown in a `<div>`; `className`, `lang` and `dir` go on the div. */
export function RenderedMarkdown({ source, className, lang, dir }: MarkdownProps) {
  const cls = className ? `markdown ${className}` : 'markdown';
  // The HTML is markdown-it's output with html: false: every character of the source is escaped.
  return <div className={cls} lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
