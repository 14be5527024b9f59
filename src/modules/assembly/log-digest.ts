/**
 * What the log holds of the assembly's long texts: SHA-256 digests, not the texts. An entry bundle
 * (C2SP tlog-tiles) prefixes each entry with a 16-bit length, so no entry may exceed 65,535 bytes,
 * and an article may hold 100,000 characters. Every digest is recomputable by anyone from the text
 * the API serves (see the README's "The log").
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { StoredArticle } from './assembly-types.ts';
import { textHash } from './translation.ts';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** SHA-256 (hex) of the UTF-8 bytes of a free text (a rationale, a comment), exactly as the API returns it. */
export const textSha256 = (text: string): string => sha256(text);

/**
 * A version's articles as the log holds them: their number and one digest, SHA-256 (hex) of the
 * RFC 8785 JSON of the array, in order, of each article's `{key, textHash}`, where `textHash` is
 * SHA-256 of the RFC 8785 JSON of `{body, heading}` (the hash translations name as `sourceHash`).
 * One digest rather than one per article: 1,000 articles' digests alone would exceed an entry.
 */
export function articlesDigest(articles: readonly StoredArticle[]): { articleCount: number; articlesSha256: string } {
  const list = articles.map((a) => ({ key: a.key, textHash: textHash(a) }));
  return { articleCount: articles.length, articlesSha256: sha256(canonicalize(list) as string) };
}

/**
 * An amendment's proposed text as the log holds it: SHA-256 (hex) of the RFC 8785 JSON of
 * `{body, heading}` as the API returns the amendment (null where it has none), so an insert's or a
 * replacement's digest is the `textHash` of the article it would add.
 */
export const amendmentTextSha256 = (change: { heading: string | null; body: string | null }): string =>
  sha256(canonicalize({ body: change.body, heading: change.heading }) as string);
