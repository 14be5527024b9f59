import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { fromZodError } from './errors.ts';
import { optionalText, safeText, text, textProblem, unstorableJson } from './text.ts';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('text (one line)', () => {
  const name = text(20);

  it('accepts ordinary text in any script, emoji (surrogate pairs) included, and trims it', () => {
    expect(name.parse('  Ada Lovelace ')).toBe('Ada Lovelace');
    expect(name.parse('Ελληνικά · 中文 · عربي')).toBe('Ελληνικά · 中文 · عربي');
    expect(name.parse('🇺🇳 \u{1F600}')).toBe('🇺🇳 \u{1F600}');
  });

  it('refuses U+0000 and every other control character, C1 and DEL included', () => {
    for (const ch of ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect(name.safeParse(`a${ch}b`).success, JSON.stringify(ch)).toBe(false);
    }
    expect(messages(name, 'a\u0000b')).toEqual(['must not contain a control character (U+0000)']);
  });

  it('refuses tab, newline and carriage return inside a line (surrounding ones are trimmed away)', () => {
    for (const v of ['a\tb', 'a\nb', 'a\rb', 'a\r\nb'])
      expect(messages(name, v)).toEqual(['must not contain a tab or line break (one line only)']);
    expect(name.parse('\tname\r\n')).toBe('name');
  });

  it('refuses lone surrogates, high or low, anywhere', () => {
    for (const v of ['\ud800', 'a\ud800b', 'a\udfffb', '\ude00\ud83d', 'x\ud83d']) {
      expect(messages(name, v).join(), JSON.stringify(v)).toMatch(/unpaired surrogate \(U\+D[8-F][0-9A-F]{2}\)/);
    }
  });

  it('keeps the length rules: at least one character after trimming, at most max', () => {
    expect(name.safeParse('   ').success).toBe(false);
    expect(name.safeParse('').success).toBe(false);
    expect(name.safeParse('x'.repeat(21)).success).toBe(false);
    expect(name.safeParse('x'.repeat(20)).success).toBe(true);
    expect(text(5, { min: 0 }).parse('  ')).toBe('');
  });

  it('leaves text untrimmed when asked', () => {
    expect(text(10, { trim: false }).parse(' a ')).toBe(' a ');
  });
});

describe('text (prose)', () => {
  const prose = text(100, { multiline: true });

  it('allows tab and newline', () => {
    expect(prose.parse('one\n\ttwo')).toBe('one\n\ttwo');
  });

  it('turns CRLF and lone CR into LF rather than refusing them', () => {
    expect(prose.parse('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
    expect(text(100, { multiline: true, trim: false }).parse('a\r\n')).toBe('a\n');
  });

  it('still refuses U+0000, other control characters and lone surrogates', () => {
    expect(messages(prose, 'a\u0000b')).toEqual(['must not contain a control character (U+0000)']);
    expect(messages(prose, 'a\u000bb')).toEqual(['must not contain a control character (U+000B)']);
    expect(messages(prose, 'a\u001bb')).toEqual(['must not contain a control character (U+001B)']);
    expect(messages(prose, 'a\udc00b').join()).toMatch(/unpaired surrogate \(U\+DC00\)/);
  });
});

describe('optionalText and safeText', () => {
  it('optionalText takes null, absent and empty, and refuses the same characters', () => {
    const s = z.object({ note: optionalText(10, { multiline: true }) });
    expect(s.parse({})).toEqual({});
    expect(s.parse({ note: null })).toEqual({ note: null });
    expect(s.parse({ note: ' ' })).toEqual({ note: '' });
    expect(s.safeParse({ note: '\u0000' }).success).toBe(false);
  });

  it('safeText checks characters only', () => {
    expect(safeText().parse('')).toBe('');
    expect(safeText().safeParse('\ud800').success).toBe(false);
    expect(safeText({ multiline: true }).parse('a\r\nb')).toBe('a\nb');
  });
});

describe('the error a request gets', () => {
  it('is validation_failed and names the field, nested ones by their path', () => {
    const body = z.strictObject({ title: text(50), articles: z.array(z.strictObject({ body: text(50, { multiline: true }) })) });
    const r = body.safeParse({ title: 'ok', articles: [{ body: 'fine' }, { body: 'bad\u0000' }] });
    expect(r.success).toBe(false);
    const err = fromZodError(r.error!, 'body');
    expect(err.code).toBe('validation_failed');
    expect(err.message).toBe('invalid body: articles.1.body: must not contain a control character (U+0000)');
    expect(err.details).toEqual([{ path: 'articles.1.body', message: 'must not contain a control character (U+0000)' }]);
  });
});

describe('textProblem and unstorableJson (inputs outside a schema)', () => {
  it('textProblem says what is wrong, or nothing', () => {
    expect(textProblem('fine')).toBeUndefined();
    expect(textProblem('a\nb')).toMatch(/line break/);
    expect(textProblem('a\nb', { multiline: true })).toBeUndefined();
    expect(textProblem('a\rb', { multiline: true })).toMatch(/U\+000D/);
  });

  it('unstorableJson finds U+0000 and lone surrogates in values and keys, at their path', () => {
    expect(unstorableJson({ a: ['x', { b: 'tab\tand\u0007bell are storable' }] })).toBeUndefined();
    expect(unstorableJson({ a: ['x', { b: 'n\u0000' }] })).toEqual({ path: ['a', 1, 'b'], message: 'must not contain U+0000' });
    expect(unstorableJson({ ['k\ud800']: 1 })?.path).toEqual(['k\ud800']);
    expect(unstorableJson('\udfff')?.message).toMatch(/unpaired surrogate/);
  });
});
