/**
 * Markdown shown safely (an article's body, a comment, a rationale): see markdown-render.tsx.
 *
 *   <Markdown source={article.body} />
 *
 * markdown-it is a third of the code of a treaty page, and a page's first paint does not need it:
 * its texts come in a later request. So it is a chunk of its own, fetched with the texts
 * (`preloadMarkdown`) or else when a text is first drawn.
 */
import { Suspense } from 'react';
import type { MarkdownProps } from './markdown-render.tsx';
import { preloadable } from './preloadable.ts';

const Rendered = preloadable(() => import('./markdown-render.tsx').then((m) => m.RenderedMarkdown));

/**
 * Fetches the Markdown chunk; a page calls it beside the request for its texts, so both arrive
 * together and the texts are drawn once. A failure is not the page's: the first text asks again.
 */
export const preloadMarkdown = (): Promise<void> =>
  Rendered.preload().then(
    () => undefined,
    () => undefined,
  );

/** `source` rendered as Markdown in a `<div>`; `className`, `lang` and `dir` go on the div. */
export function Markdown(props: MarkdownProps) {
  const { className, lang, dir } = props;
  return (
    <Suspense fallback={<div className={className ? `markdown ${className}` : 'markdown'} lang={lang} dir={dir} aria-busy="true" />}>
      <Rendered {...props} />
    </Suspense>
  );
}
