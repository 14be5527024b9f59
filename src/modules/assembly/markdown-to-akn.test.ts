import { describe, expect, it } from 'vitest';
import { markdownToAkn } from './markdown-to-akn.ts';

/** The AKN of `markdown` as one string, lines joined with '\n'. */
const akn = (markdown: string) => markdownToAkn(markdown).join('\n');

describe('markdownToAkn: inline Markdown', () => {
  it('turns emphasis, strong, strikethrough and code into b, i, span', () => {
    expect(akn('The **Agency**, *recognising* ~~nothing~~ and `x < y`.')).toBe(
      '<p>The <b>Agency</b>, <i>recognising</i> <span class="strikethrough">nothing</span> and <span class="code">x &lt; y</span>.</p>',
    );
    expect(akn('***both*** and **bold *inside***')).toBe('<p><i><b>both</b></i> and <b>bold <i>inside</i></b></p>');
  });

  it('links http, https and mailto only, with an escaped href and title', () => {
    expect(akn('[A](https://e.org/?a=1&b="2" "Say \'hi\'") [B](http://e.org) [C](mailto:d@e.org) <https://auto.link>')).toBe(
      '<p><a href="https://e.org/?a=1&amp;b=%222%22" title="Say &apos;hi&apos;">A</a> <a href="http://e.org">B</a> ' +
        '<a href="mailto:d@e.org">C</a> <a href="https://auto.link">https://auto.link</a></p>',
    );
  });

  it('never makes an href of javascript:, data:, ftp:, a relative or a fragment target', () => {
    const out = akn(
      '[x](javascript:alert(1)) [y](JavaScript:alert(1)) [z](data:text/html,<b>) [f](ftp://e.org) [r](/api) [h](#top) <javascript:alert(2)>',
    );
    expect(out).not.toContain('<a');
    expect(out).not.toContain('href');
    expect(out).toContain('[x](javascript:alert(1))'); // markdown-it refuses it as a link: it stays literal text
    expect(out).toContain(' f r h '); // links with other targets keep their words
  });

  it('escapes text, keeps raw HTML as text, and turns line breaks into a space or br', () => {
    expect(akn('1 < 2 & 3 > 2 "q" \'a\' <b onclick="x">not bold</b> &amp; &copy;\nnext  \nhard\\\nend')).toBe(
      '<p>1 &lt; 2 &amp; 3 &gt; 2 &quot;q&quot; &apos;a&apos; &lt;b onclick=&quot;x&quot;&gt;not bold&lt;/b&gt; &amp; © next<br/>hard<br/>end</p>',
    );
  });

  it('keeps an image as its alternative text only', () => {
    expect(akn('See ![the *map*](https://e.org/m.png).')).toBe('<p>See the <i>map</i>.</p>');
  });
});

describe('markdownToAkn: blocks', () => {
  it('gives one p per paragraph and <p/> for no text', () => {
    expect(markdownToAkn('One\ntwo\n\n\nThree')).toEqual(['<p>One two</p>', '<p>Three</p>']);
    expect(markdownToAkn('')).toEqual(['<p/>']);
    expect(markdownToAkn('  \n\n ---')).toEqual(['<p/>']); // a thematic break carries no text
  });

  it('makes ordered and bullet lists blockLists, nested, numbered from the list start', () => {
    expect(markdownToAkn('3. one\n4. two\n   - a\n\n     b\n   - c)')).toEqual([
      '<blockList>',
      '  <item>',
      '    <num>3.</num>',
      '    <p>one</p>',
      '  </item>',
      '  <item>',
      '    <num>4.</num>',
      '    <p>two</p>',
      '    <blockList>',
      '      <item>',
      '        <p>a</p>',
      '        <p>b</p>',
      '      </item>',
      '      <item>',
      '        <p>c)</p>',
      '      </item>',
      '    </blockList>',
      '  </item>',
      '</blockList>',
    ]);
    expect(markdownToAkn('1) x\n1) y')).toContain('    <num>2)</num>');
    expect(markdownToAkn('- ')).toEqual(['<blockList>', '  <item>', '    <p/>', '  </item>', '</blockList>']);
  });

  it('makes a GFM table a table of tr with th and td, cells holding a p, alignment as style', () => {
    expect(markdownToAkn('| A | B & C |\n|:--|--:|\n| **1** | |\n| 2 | x < y |')).toEqual([
      '<table>',
      '  <tr>',
      '    <th style="text-align:left"><p>A</p></th>',
      '    <th style="text-align:right"><p>B &amp; C</p></th>',
      '  </tr>',
      '  <tr>',
      '    <td style="text-align:left"><p><b>1</b></p></td>',
      '    <td style="text-align:right"/>',
      '  </tr>',
      '  <tr>',
      '    <td style="text-align:left"><p>2</p></td>',
      '    <td style="text-align:right"><p>x &lt; y</p></td>',
      '  </tr>',
      '</table>',
    ]);
  });

  it('makes a block quote an embeddedStructure inside a p, nested quotes too', () => {
    expect(markdownToAkn('> said\n>\n> > inner')).toEqual([
      '<p>',
      '  <embeddedStructure>',
      '    <p>said</p>',
      '    <p>',
      '      <embeddedStructure>',
      '        <p>inner</p>',
      '      </embeddedStructure>',
      '    </p>',
      '  </embeddedStructure>',
      '</p>',
    ]);
    expect(markdownToAkn('>')).toEqual(['<p>', '  <embeddedStructure>', '    <p/>', '  </embeddedStructure>', '</p>']);
  });

  it('keeps code blocks as text with br between lines, and headings as p class="heading"', () => {
    expect(markdownToAkn('```ts\nif (a < b) {\n  go();\n}\n```\n\n    indented & code\n\n## Part *one*')).toEqual([
      '<p class="code">if (a &lt; b) {<br/>  go();<br/>}</p>',
      '<p class="code">indented &amp; code</p>',
      '<p class="heading">Part <i>one</i></p>',
    ]);
  });
});
