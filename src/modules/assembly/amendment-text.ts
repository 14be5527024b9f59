/**
 * What an amendment does to a treaty text, and whether it still applies to a newer text.
 *
 * An amendment targets one article by its stable key:
 * - `insert`: a new article after `afterKey` (at the start when null);
 * - `replace`: a new article (new key) takes the place of `articleKey`;
 * - `delete`: `articleKey` goes;
 * - `edit`: `articleKey` keeps its key and place and gets a new heading and/or body.
 *
 * Staleness. An amendment is written against a base version. It still applies to a later version
 * exactly when the article it touches is the same in both: for replace, delete and edit the target
 * article has the same heading and body; for insert the anchor article still exists (an edit of the
 * anchor does not matter to an insertion after it). Otherwise it is stale: refused when proposed
 * against an old base, marked needs-rebase when another amendment's adoption overtakes it, and never
 * applied silently.
 */
import { AppError } from '../../core/errors.ts';
import type { StoredArticle } from './assembly-types.ts';
import type { AmendmentOp } from './assembly.table.ts';

export interface AmendmentChange {
  op: AmendmentOp;
  articleKey: string | null;
  afterKey: string | null;
  heading: string | null;
  body: string | null;
}

const find = (articles: readonly StoredArticle[], key: string | null) => (key === null ? -1 : articles.findIndex((a) => a.key === key));

/**
 * Checks that `change` can be applied to `articles`: its target (or anchor) exists and it carries
 * the text it needs. Throws a 400/409 AppError with a stable code otherwise.
 */
export function assertApplicable(articles: readonly StoredArticle[], change: AmendmentChange): void {
  if (change.op === 'insert') {
    if (change.articleKey !== null)
      throw new AppError('amendment_invalid', 'an insertion names no articleKey (use afterKey)', { status: 400 });
    if (change.afterKey !== null && find(articles, change.afterKey) < 0) {
      throw new AppError('article_not_found', `no article ${change.afterKey} in this version`, {
        status: 404,
        details: { afterKey: change.afterKey },
      });
    }
  } else {
    if (change.afterKey !== null)
      throw new AppError('amendment_invalid', `afterKey is for insertions only, not ${change.op}`, { status: 400 });
    if (change.articleKey === null) throw new AppError('amendment_invalid', `${change.op} needs an articleKey`, { status: 400 });
    if (find(articles, change.articleKey) < 0) {
      throw new AppError('article_not_found', `no article ${change.articleKey} in this version`, {
        status: 404,
        details: { articleKey: change.articleKey },
      });
    }
  }
  if ((change.op === 'insert' || change.op === 'replace') && (change.heading === null || change.body === null)) {
    throw new AppError('amendment_invalid', `${change.op} needs the new article's heading and body`, { status: 400 });
  }
  if (change.op === 'edit' && change.heading === null && change.body === null) {
    throw new AppError('amendment_invalid', 'an edit changes the heading, the body or both', { status: 400 });
  }
  if (change.op === 'delete' && (change.heading !== null || change.body !== null)) {
    throw new AppError('amendment_invalid', 'a deletion carries no text', { status: 400 });
  }
  if (change.op === 'delete' && articles.length === 1) {
    throw new AppError('amendment_invalid', 'a treaty keeps at least one article', { status: 400 });
  }
}

/** The text after applying `change`; `newKey` names an inserted or replacing article. */
export function applyChange(articles: readonly StoredArticle[], change: AmendmentChange, newKey: string): StoredArticle[] {
  assertApplicable(articles, change);
  const out = articles.map((a) => ({ ...a }));
  switch (change.op) {
    case 'insert': {
      const at = change.afterKey === null ? 0 : find(out, change.afterKey) + 1;
      out.splice(at, 0, { key: newKey, heading: change.heading as string, body: change.body as string });
      return out;
    }
    case 'replace':
      out.splice(find(out, change.articleKey), 1, { key: newKey, heading: change.heading as string, body: change.body as string });
      return out;
    case 'delete':
      out.splice(find(out, change.articleKey), 1);
      return out;
    case 'edit': {
      const a = out.find((x) => x.key === change.articleKey);
      // assertApplicable has just found the article; its absence would be a bug here.
      if (a === undefined) throw new Error(`edit: article ${change.articleKey} not found after assertApplicable`);
      if (change.heading !== null) a.heading = change.heading;
      if (change.body !== null) a.body = change.body;
      return out;
    }
  }
}

/**
 * True when `change`, written against `base`, still applies unchanged to `current` (see the file
 * comment): the touched article is identical, or for an insertion the anchor still exists.
 */
export function stillApplies(base: readonly StoredArticle[], current: readonly StoredArticle[], change: AmendmentChange): boolean {
  if (change.op === 'insert') return change.afterKey === null || find(current, change.afterKey) >= 0;
  const before = base[find(base, change.articleKey)];
  const now = current[find(current, change.articleKey)];
  return before !== undefined && now !== undefined && before.heading === now.heading && before.body === now.body;
}

/** The article key an amendment is about, for listing and conflict reports. */
export const touchedKey = (change: AmendmentChange): string | null => (change.op === 'insert' ? change.afterKey : change.articleKey);
