import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RenderedMarkdown as Markdown, renderMarkdown } from './markdown-render.tsx';

describe('renderMarkdown', () => {
  it('renders emphasis, lists, tables and strikethrough', () => {
    expect(renderMarkdown('Text of **article 1**.')).toBe('<p>Text of <strong>article 1</strong>.</p>\n');
    expect(renderMarkdown('1. one\n2. two')).toContain('<ol>\n<li>one</li>');
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<td>1</td>');
    expect(renderMarkdown('~~gone~~')).toContain('<s>gone</s>');
  });

  it('leaves <script> and every raw HTML tag as escaped text', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nA <img src=x onerror="alert(2)"> and <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script|<img|<b /i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;');
  });

  it('makes links only of http(s) and mailto targets; javascript:, data:, relative and # stay text', () => {
    expect(renderMarkdown('[ok](https://example.org/a)')).toContain(
      '<a href="https://example.org/a" rel="noopener noreferrer nofollow" target="_blank">ok</a>',
    );
    expect(renderMarkdown('[mail](mailto:a@example.org)')).toContain('href="mailto:a@example.org"');
    for (const target of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'javascript&colon;alert(1)',
      ' javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png;base64,AAAA',
      '/relative',
      '#anchor',
      'ftp://example.org',
    ]) {
      const html = renderMarkdown(`[x](${target}) <${target}>`);
      expect(html, target).not.toContain('<a');
      expect(html, target).not.toMatch(/href=/);
    }
  });

  it('shows an image as its alternative text, fetching nothing', () => {
    const html = renderMarkdown('![a chart](https://example.org/x.png)');
    expect(html).toBe('<p>a chart</p>\n');
  });

  it('escapes attribute breaking characters in link titles and targets', () => {
    const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1) "t\\"itle")');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });
});

describe('<Markdown>', () => {
  it('puts the escaped HTML in a div, scripts inert', () => {
    const out = renderToStaticMarkup(createElement(Markdown, { source: '**bold** <script>x()</script>', lang: 'en', dir: 'ltr' }));
    expect(out).toBe('<div class="markdown" lang="en" dir="ltr"><p><strong>bold</strong> &lt;script&gt;x()&lt;/script&gt;</p>\n</div>');
  });
});
