// The query mix in one figure per comparison: the geometric mean of the per-query ratios and the ratio of summed
// medians.

/** One query's medians (ms); a baseline stopped at its time limit counts as that limit, a lower bound. */
export interface MixQuery {
  query: string;
  facade?: number;
  bare?: number;
  comunica?: number;
  /** Comunica was stopped: `comunica` is its time limit, so it took at least that long. */
  comunicaExceeded?: boolean;
  /** facade ÷ bare measured round by round (paired), used for the geometric mean instead of facade ÷ bare medians. */
  facadeOverBare?: number;
}

export interface MixRatio {
  /** Geometric mean of the per-query ratios (each query weighs the same, whatever its size). */
  geomean: number;
  /** Sum of one side's medians over the sum of the other's (the heavy queries decide it). */
  summed: number;
  /** True when a stopped query went in at its time limit: the true ratios are at least these. */
  lowerBound: boolean;
  /** Queries that had figures on both sides (the others are left out of both means). */
  queries: number;
}

export interface MixSummary {
  facadeSumMs?: number;
  bareSumMs?: number;
  comunicaSumMs?: number;
  facadeOverBare?: MixRatio;
  comunicaOverFacade?: MixRatio;
}

interface Pair {
  top: number;
  bottom: number;
  /** The query's own ratio when measured otherwise than top ÷ bottom (paired rounds). */
  ratio?: number;
  lowerBound: boolean;
}

function mixRatio(pairs: Pair[]): MixRatio | undefined {
  const usable = pairs.filter((p) => p.top > 0 && p.bottom > 0 && Number.isFinite(p.top) && Number.isFinite(p.bottom));
  if (usable.length === 0) return undefined;
  const logs = usable.reduce(
    (sum, p) => sum + Math.log(p.ratio !== undefined && p.ratio > 0 ? p.ratio : p.top / p.bottom),
    0,
  );
  const top = usable.reduce((sum, p) => sum + p.top, 0);
  const bottom = usable.reduce((sum, p) => sum + p.bottom, 0);
  return {
    geomean: Math.exp(logs / usable.length),
    summed: top / bottom,
    lowerBound: usable.some((p) => p.lowerBound),
    queries: usable.length,
  };
}

const defined = (n: number | undefined): n is number => n !== undefined;
const sum = (values: (number | undefined)[]) =>
  values.every(defined) && values.length > 0 ? values.reduce((a, b) => a + b, 0) : undefined;

/** The mix summary; a sum is given only when every query has a figure on that side. */
export function summariseMix(queries: MixQuery[]): MixSummary {
  return {
    facadeSumMs: sum(queries.map((q) => q.facade)),
    bareSumMs: sum(queries.map((q) => q.bare)),
    comunicaSumMs: sum(queries.map((q) => q.comunica)),
    facadeOverBare: mixRatio(
      queries
        .filter((q) => defined(q.facade) && defined(q.bare))
        .map((q) => ({ top: q.facade!, bottom: q.bare!, ratio: q.facadeOverBare, lowerBound: false })),
    ),
    comunicaOverFacade: mixRatio(
      queries
        .filter((q) => defined(q.comunica) && defined(q.facade))
        .map((q) => ({ top: q.comunica!, bottom: q.facade!, lowerBound: q.comunicaExceeded === true })),
    ),
  };
}

/**
 * ok / MISSED against an aim. A lower bound above a maximum is a miss for sure, but one below a minimum is not (the
 * true ratio may still reach it): that says "undecided".
 */
export function mixVerdict(
  value: number | undefined,
  aim: { max?: number; min?: number },
  lowerBound = false,
): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (aim.max !== undefined && value > aim.max) return 'MISSED';
  if (aim.min !== undefined && value < aim.min) return lowerBound ? 'undecided (lower bound)' : 'MISSED';
  return 'ok';
}
