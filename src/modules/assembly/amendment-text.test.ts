import { describe, expect, it } from 'vitest';
import { applyChange, assertApplicable, stillApplies, type AmendmentChange } from './amendment-text.ts';

const art1 = { key: 'art-1', heading: 'Definitions', body: 'Compute means FLOP.' };
const art2 = { key: 'art-2', heading: 'Thresholds', body: '10^26 FLOP.' };
const v1 = [art1, art2];
const change = (c: Partial<AmendmentChange>): AmendmentChange => ({
  op: 'edit',
  articleKey: null,
  afterKey: null,
  heading: null,
  body: null,
  ...c,
});

describe('applyChange', () => {
  it('inserts after an anchor or at the start, with the new key', () => {
    expect(applyChange(v1, change({ op: 'insert', afterKey: 'art-1', heading: 'New', body: 'b' }), 'art-3').map((a) => a.key)).toEqual([
      'art-1',
      'art-3',
      'art-2',
    ]);
    expect(applyChange(v1, change({ op: 'insert', heading: 'Preamble', body: 'b' }), 'art-3').map((a) => a.key)).toEqual([
      'art-3',
      'art-1',
      'art-2',
    ]);
  });
  it('replaces with a new key, deletes, and edits in place keeping the key', () => {
    expect(applyChange(v1, change({ op: 'replace', articleKey: 'art-1', heading: 'Terms', body: 'b' }), 'art-3')[0]).toEqual({
      key: 'art-3',
      heading: 'Terms',
      body: 'b',
    });
    expect(applyChange(v1, change({ op: 'delete', articleKey: 'art-1' }), 'art-3')).toEqual([art2]);
    expect(applyChange(v1, change({ articleKey: 'art-2', body: '10^25 FLOP.' }), 'art-3')[1]).toEqual({
      key: 'art-2',
      heading: 'Thresholds',
      body: '10^25 FLOP.',
    });
  });
  it('never changes its input', () => {
    const copy = structuredClone(v1);
    applyChange(v1, change({ articleKey: 'art-2', body: 'x' }), 'art-3');
    expect(v1).toEqual(copy);
  });
});

describe('assertApplicable', () => {
  it('names what is wrong', () => {
    expect(() => assertApplicable(v1, change({ articleKey: 'art-9', body: 'x' }))).toThrow(
      expect.objectContaining({ code: 'article_not_found' }),
    );
    expect(() => assertApplicable(v1, change({ op: 'insert', afterKey: 'art-9', heading: 'h', body: 'b' }))).toThrow(
      expect.objectContaining({ code: 'article_not_found' }),
    );
    expect(() => assertApplicable(v1, change({ op: 'replace', articleKey: 'art-1', heading: 'h' }))).toThrow(
      expect.objectContaining({ code: 'amendment_invalid' }),
    );
    expect(() => assertApplicable([art1], change({ op: 'delete', articleKey: 'art-1' }))).toThrow(
      expect.objectContaining({ code: 'amendment_invalid' }),
    );
  });
});

describe('stillApplies', () => {
  const v2 = [art1, { ...art2, body: '10^25 FLOP.' }];
  it('holds when the touched article is unchanged', () => {
    expect(stillApplies(v1, v2, change({ articleKey: 'art-1', body: 'x' }))).toBe(true);
    expect(stillApplies(v1, v2, change({ articleKey: 'art-2', body: 'x' }))).toBe(false);
    expect(stillApplies(v1, [art1], change({ op: 'delete', articleKey: 'art-2' }))).toBe(false);
  });
  it('lets an insertion follow an edited anchor, not a deleted one', () => {
    expect(stillApplies(v1, v2, change({ op: 'insert', afterKey: 'art-2', heading: 'h', body: 'b' }))).toBe(true);
    expect(stillApplies(v1, [art1], change({ op: 'insert', afterKey: 'art-2', heading: 'h', body: 'b' }))).toBe(false);
  });
});
