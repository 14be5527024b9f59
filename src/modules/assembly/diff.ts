/**
 * Word-level differences between two versions of a treaty, article by article.
 *
 * Articles are matched by their stable `key` (not by position), so a moved article is the same
 * article. Within a changed article, heading and body are compared as sequences of tokens (words,
 * single punctuation marks and runs of whitespace, so that joining tokens gives the text back) by
 * E. W. Myers, "An O(ND) difference algorithm and its variations", Algorithmica 1 (1986) 251–266:
 * a shortest edit script in O((N + M)·D) time and O(D²) memory for N and M tokens and D edits,
 * after trimming the common prefix and suffix. Articles are short (hundreds of words), so D² is
 * small; past {@link MAX_EDIT_DISTANCE} edits the diff gives up on detail and reports the texts as
 * one deletion and one insertion, which is still correct.
 *
 * Guarantee: the `equal` and `delete` segments joined give the old text, the `equal` and `insert`
 * segments joined give the new text. Within each run of changes, deletions come before insertions,
 * and whitespace alone between two changes is folded into them ("big cat" → "small dog" reads as one
 * replacement, not two).
 */
import { AppError } from '../../core/errors.ts';

export interface ArticleText {
  /** Stable identifier of the article across versions. */
  key: string;
  heading: string;
  body: string;
}

export type SegmentOp = 'equal' | 'insert' | 'delete';

export interface Segment {
  op: SegmentOp;
  text: string;
}

export type ArticleStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ArticleDiff {
  key: string;
  status: ArticleStatus;
  /** Position in the old version, null when added. */
  beforeIndex: number | null;
  /** Position in the new version, null when removed. */
  afterIndex: number | null;
  before: ArticleText | null;
  after: ArticleText | null;
  /** Word diff of the heading, present when status is 'changed'. */
  heading?: Segment[];
  /** Word diff of the body, present when status is 'changed'. */
  body?: Segment[];
}

/** A diff of more edits than this (in tokens) is reported as one deletion and one insertion. */
export const MAX_EDIT_DISTANCE = 2000;

/** Invalid input to {@link diffArticles}; maps to HTTP 400. */
export class DiffInputError extends AppError {
  declare readonly code: 'article_key_duplicate';
  constructor(key: string) {
    super('article_key_duplicate', `article key ${key} appears twice in one version`, { status: 400, details: { key } });
    this.name = 'DiffInputError';
  }
}

const TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/** Splits text into words, single punctuation marks and whitespace runs; `tokens.join('') === text`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Op = SegmentOp;

/** Myers' greedy forward search with the trace kept for backtracking; null past maxD edits. */
function myers(a: Int32Array, b: Int32Array, maxD: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    // Keep V as it was before round d, over the diagonals round d reads: −d−1 … d+1.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      // offset + k ± 1 lies in [0, 2·max + 2], inside v.
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const snapshot = trace[d]!; // d < trace.length
    // Round d read the diagonals −d−1 … d+1, which the snapshot holds.
    const at = (k: number) => snapshot[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) {
        ops.push('insert');
        y--;
      } else {
        ops.push('delete');
        x--;
      }
    }
  }
  return ops.reverse();
}

/** Word-level diff of two texts (see the file comment for guarantees). */
export function diffWords(before: string, after: string): Segment[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  // Compare token ids, not strings.
  const ids = new Map<string, number>();
  const id = (t: string) => {
    let i = ids.get(t);
    if (i === undefined) ids.set(t, (i = ids.size));
    return i;
  };
  const midA = Int32Array.from(a.slice(start, endA), id);
  const midB = Int32Array.from(b.slice(start, endB), id);
  const ops = myers(midA, midB, MAX_EDIT_DISTANCE) ?? [
    ...new Array<Op>(midA.length).fill('delete'),
    ...new Array<Op>(midB.length).fill('insert'),
  ];

  const raw: Segment[] = [];
  const push = (op: Op, text: string) => {
    const last = raw[raw.length - 1];
    if (last?.op === op) last.text += text;
    else raw.push({ op, text });
  };
  // The edit script walks a and b to their ends (start … endA, start … endB): every index read is in range.
  for (let i = 0; i < start; i++) push('equal', a[i]!);
  let i = start;
  let j = start;
  for (const op of ops) {
    if (op === 'equal') {
      push('equal', a[i++]!);
      j++;
    } else if (op === 'delete') push('delete', a[i++]!);
    else push('insert', b[j++]!);
  }
  for (; i < a.length; i++) push('equal', a[i]!);
  return tidy(raw);
}

/** Folds whitespace-only equals between changes into them; orders deletions before insertions. */
function tidy(segments: Segment[]): Segment[] {
  const folded = segments.map((s, i) =>
    s.op === 'equal' && /^\s+$/.test(s.text) && i > 0 && i < segments.length - 1 ? { ...s, op: 'fold' as const } : s,
  );
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const s of folded) {
    if (s.op === 'equal') {
      flush();
      out.push(s);
    } else if (s.op === 'fold') {
      del += s.text;
      ins += s.text;
    } else if (s.op === 'delete') del += s.text;
    else ins += s.text;
  }
  flush();
  return out;
}

/** Each article by its key, with its position; throws on a key that appears twice. */
function indexByKey(articles: readonly ArticleText[]): Map<string, { at: number; article: ArticleText }> {
  const index = new Map<string, { at: number; article: ArticleText }>();
  articles.forEach((article, at) => {
    if (index.has(article.key)) throw new DiffInputError(article.key);
    index.set(article.key, { at, article });
  });
  return index;
}

/**
 * Article-by-article diff of two versions. Articles come in the new version's order; a removed
 * article is placed after the nearest article that preceded it in the old version and survives
 * (or first, when none does).
 */
export function diffArticles(before: readonly ArticleText[], after: readonly ArticleText[]): ArticleDiff[] {
  const oldIndex = indexByKey(before);
  const newIndex = indexByKey(after);

  // Removed articles, grouped by the surviving article they follow (null: the start).
  const removedAfter = new Map<string | null, ArticleDiff[]>();
  let anchor: string | null = null;
  before.forEach((article, i) => {
    if (newIndex.has(article.key)) {
      anchor = article.key;
      return;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push({ key: article.key, status: 'removed', beforeIndex: i, afterIndex: null, before: article, after: null });
    removedAfter.set(anchor, list);
  });

  const out: ArticleDiff[] = [...(removedAfter.get(null) ?? [])];
  after.forEach((article, j) => {
    const found = oldIndex.get(article.key);
    if (found === undefined) {
      out.push({ key: article.key, status: 'added', beforeIndex: null, afterIndex: j, before: null, after: article });
    } else {
      const { at: i, article: old } = found;
      const same = old.heading === article.heading && old.body === article.body;
      out.push(
        same
          ? { key: article.key, status: 'unchanged', beforeIndex: i, afterIndex: j, before: old, after: article }
          : {
              key: article.key,
              status: 'changed',
              beforeIndex: i,
              afterIndex: j,
              before: old,
              after: article,
              heading: diffWords(old.heading, article.heading),
              body: diffWords(old.body, article.body),
            },
      );
    }
    out.push(...(removedAfter.get(article.key) ?? []));
  });
  return out;
}
