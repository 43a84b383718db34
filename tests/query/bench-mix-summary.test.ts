// The bench's mix summary: geometric mean and summed medians, stopped baselines as lower bounds, verdicts.
import { describe, expect, it } from 'vitest';
import { mixVerdict, summariseMix, type MixQuery } from '../../bench/lib/mix-summary';

const q = (query: string, facade: number, bare: number, comunica: number, extra: Partial<MixQuery> = {}): MixQuery => ({
  query,
  facade,
  bare,
  comunica,
  ...extra,
});

describe('summariseMix', () => {
  it.each([
    // name, queries, facade÷bare geomean, summed, Comunica÷facade geomean, summed, lower bound
    ['equal engines', [q('a', 1, 1, 1), q('b', 5, 5, 5)], 1, 1, 1, 1, false],
    [
      'geomean weighs queries alike, sums do not',
      [q('a', 1, 4, 100), q('b', 100, 25, 100)],
      1,
      101 / 29,
      10,
      200 / 101,
      false,
    ],
    [
      'a stopped Comunica query counts at its limit, as a lower bound',
      [q('a', 2, 2, 40), q('b', 10, 10, 20_000, { comunicaExceeded: true })],
      1,
      1,
      Math.sqrt(20 * 2000),
      20_040 / 12,
      true,
    ],
    [
      "a paired ratio replaces the medians' ratio in the geomean only",
      [q('a', 2, 1, 20, { facadeOverBare: 1.1 }), q('b', 3, 3, 30, { facadeOverBare: 1.1 })],
      1.1,
      5 / 4,
      10,
      10,
      false,
    ],
  ] as const)('%s', (_, queries, geo, summed, speedGeo, speedSummed, lowerBound) => {
    const s = summariseMix([...queries]);
    expect(s.facadeOverBare!.geomean).toBeCloseTo(geo, 9);
    expect(s.facadeOverBare!.summed).toBeCloseTo(summed, 9);
    expect(s.comunicaOverFacade!.geomean).toBeCloseTo(speedGeo, 9);
    expect(s.comunicaOverFacade!.summed).toBeCloseTo(speedSummed, 9);
    expect(s.comunicaOverFacade!.lowerBound).toBe(lowerBound);
    expect(s.facadeOverBare!.lowerBound).toBe(false);
  });

  it('leaves a query without figures out of the ratios and gives no sum for that side', () => {
    const s = summariseMix([q('a', 1, 2, 10), { query: 'b', facade: 3, bare: 3 }]);
    expect(s.comunicaOverFacade!.queries).toBe(1);
    expect(s.comunicaOverFacade!.geomean).toBeCloseTo(10, 9);
    expect(s.comunicaSumMs).toBeUndefined();
    expect(s.facadeSumMs).toBe(4);
    expect(s.facadeOverBare!.queries).toBe(2);
  });

  it('has no ratio when no query has both sides', () => {
    expect(summariseMix([{ query: 'a', facade: 1 }]).facadeOverBare).toBeUndefined();
  });
});

describe('mixVerdict', () => {
  it.each([
    [25, { min: 20 }, false, 'ok'],
    [15, { min: 20 }, false, 'MISSED'],
    [15, { min: 20 }, true, 'undecided (lower bound)'],
    [25, { min: 20 }, true, 'ok'],
    [1.1, { max: 1.2 }, false, 'ok'],
    [1.3, { max: 1.2 }, false, 'MISSED'],
    [Number.NaN, { max: 1.2 }, false, undefined],
  ] as const)('%d against %j (lower bound %s) → %s', (value, aim, lowerBound, expected) => {
    expect(mixVerdict(value, aim, lowerBound)).toBe(expected);
  });
});
