import { describe, expect, it } from 'vitest';
import { colorDifference, contrastRatio, type ColorVision } from '../../components/color-scale.ts';
import { MAP_SEA, STANDINGS, standingColor } from './standing.ts';

const VISIONS: ColorVision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const pairs = STANDINGS.flatMap((a, i) => STANDINGS.slice(i + 1).map((b) => [a, b] as const));

describe('the standing colours', () => {
  it('give every standing its own colour', () => {
    expect(new Set(STANDINGS.map((s) => s.color)).size).toBe(STANDINGS.length);
    expect(standingColor('ratified')).toBe('#0072b2');
    expect(standingColor('invited')).toBe('#c4c4c4');
  });

  it('stay clearly apart for readers with normal vision and with each kind of dichromacy', () => {
    for (const vision of VISIONS)
      for (const [a, b] of pairs)
        expect(colorDifference(a.color, b.color, vision), `${a.standing}/${b.standing}, ${vision}`).toBeGreaterThan(15);
  });

  it('keep invited, member, signed and ratified far apart, the steps a treaty is read by', () => {
    const steps = STANDINGS.filter((s) => ['invited', 'member', 'signed', 'ratified'].includes(s.standing));
    expect(steps).toHaveLength(4);
    for (const vision of VISIONS)
      for (const [i, a] of steps.entries())
        for (const b of steps.slice(i + 1))
          expect(colorDifference(a.color, b.color, vision), `${a.standing}/${b.standing}, ${vision}`).toBeGreaterThan(20);
  });

  it('stand out from the sea behind the map', () => {
    for (const s of STANDINGS.filter((x) => x.standing !== 'observer'))
      expect(contrastRatio(s.color, MAP_SEA), s.standing).toBeGreaterThan(1.5);
    expect(contrastRatio(standingColor('ratified'), MAP_SEA)).toBeGreaterThan(4.5);
  });
});
