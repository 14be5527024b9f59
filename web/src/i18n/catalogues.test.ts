/**
 * The message catalogues are complete and used: each language has exactly English's keys (plural
 * keys in every plural form the language's own rules have), the same `{{placeholders}}`, no empty
 * text; every English key is used by the code; every error code the server documents has a text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from './languages.ts';
import { readCatalogue } from '../../../test/fixtures/catalogues.ts';
import { NAMESPACES } from './i18n.ts';

const WEB = fileURLToPath(new URL('..', import.meta.url));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/**
 * Codes the client itself gives an ApiError (see web/src/api/client.ts), and the text for anything else.
 */
const CLIENT_ERROR_CODES = ['network_error', 'http_error', 'unexpected'];

const read = readCatalogue;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const base = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** Every source file of the web app that can show text (not catalogues, not tests). */
function sources(dir = WEB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|gen)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('message catalogues', () => {
  const code = sources()
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');

  for (const namespace of NAMESPACES) {
    const english = read(namespace, 'en');
    const englishBases = new Set(Object.keys(english).map(base));
    const pluralBases = new Set(
      Object.keys(english)
        .filter((k) => PLURAL_SUFFIX.test(k))
        .map(base),
    );

    for (const language of LANGUAGE_CODES.filter((l) => l !== 'en')) {
      it(`${namespace}: ${language} has English's keys, plural forms and placeholders`, () => {
        const translated = read(namespace, language);
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const expected = [...englishBases].flatMap((key) => (pluralBases.has(key) ? categories.map((c) => `${key}_${c}`) : [key])).sort();
        expect(Object.keys(translated).sort()).toEqual(expected);
        for (const [key, text] of Object.entries(translated)) {
          expect(text.trim(), `${namespace}:${key} in ${language} is empty`).not.toBe('');
          const source = english[key] ?? english[`${base(key)}_other`] ?? '';
          expect(placeholders(text), `${namespace}:${key} in ${language}`).toEqual(placeholders(source));
        }
      });
    }

    if (namespace === 'errors') continue;
    it(`${namespace}: every English key is used by the code`, () => {
      // A key is used when the code names it literally, or names its group in a template
      // (`t(\`status.${status}\`)` uses every key under `status.`).
      const unused = [...englishBases].filter((key) => {
        if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``) || code.includes(`:${key}'`))
          return false;
        const group = key.slice(0, key.lastIndexOf('.'));
        return !(group && code.includes(`${group}.\${`));
      });
      expect(unused).toEqual([]);
    });
  }

  it('errors: every code the server documents has a text, and no other code does', () => {
    const generated = fs.readFileSync(path.join(WEB, 'api/openapi.gen.ts'), 'utf8');
    const documented = new Set<string>(CLIENT_ERROR_CODES);
    // Each error response lists its codes as a union: `code: "not_found" | "validation_failed"`.
    for (const [, union] of generated.matchAll(/\bcode: ((?:"[a-z_]+"(?: \| )?)+);/g)) {
      for (const [, one] of union!.matchAll(/"([a-z_]+)"/g)) documented.add(one!);
    }
    const texts = new Set(Object.keys(read('errors', 'en')));
    expect([...documented].filter((c) => !texts.has(c)).sort(), 'codes without a text').toEqual([]);
    expect([...texts].filter((c) => !documented.has(c)).sort(), 'texts of codes no route gives').toEqual([]);
  });
});
