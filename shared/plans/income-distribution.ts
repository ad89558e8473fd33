import type { IncomeProjection, IncomeStanding } from './income-projection.js';

/** Living income gap bins, S/ a year (benchmark − income). Upper bounds included: a gap of exactly 5,000 is 0–5k. */
export const gapBins = [
  { bin: 'at_or_above', minSoles: null, maxSoles: 0 },
  { bin: 'gap_0_5k', minSoles: 0, maxSoles: 5_000 },
  { bin: 'gap_5_10k', minSoles: 5_000, maxSoles: 10_000 },
  { bin: 'gap_10_20k', minSoles: 10_000, maxSoles: 20_000 },
  { bin: 'gap_over_20k', minSoles: 20_000, maxSoles: null },
] as const;
export type GapBin = (typeof gapBins)[number]['bin'];

export interface GapBinCount {
  bin: GapBin;
  /** Exclusive lower bound (null: no bound). */
  minSoles: number | null;
  /** Inclusive upper bound (null: no bound). */
  maxSoles: number | null;
  now: number;
  end: number;
}

export interface IncomeDistribution {
  families: number;
  /** Income below the living income benchmark (gap > 0), now and in the plan's last year. */
  belowBenchmarkNow: number;
  belowBenchmarkEnd: number;
  /** Income below the poverty line. */
  belowPovertyNow: number;
  belowPovertyEnd: number;
  /** Mean and median gap over the families, S/ a year; null with no family. */
  meanGapNowSoles: number | null;
  meanGapEndSoles: number | null;
  medianGapNowSoles: number | null;
  medianGapEndSoles: number | null;
  gapHistogram: GapBinCount[];
}

/** The bin a gap falls in: the first whose inclusive upper bound it does not pass. */
export function gapBin(gapSoles: number): GapBin {
  for (const b of gapBins) if (b.maxSoles === null || gapSoles <= b.maxSoles) return b.bin;
  throw new Error('unreachable: the last gap bin has no upper bound');
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((sum, x) => sum + x, 0) / xs.length;

/** Middle value; the mean of the two middle values for an even count. */
function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

type Standing = IncomeStanding & { totalSoles: number };

/**
 * How the organisation's families stand against the living income and the poverty line, now and at the end of their
 * plans. "Now" is the income profile before the plan (the projection's baseline: no plan costs or effects yet);
 * "end" is the plan's last projected year (the baseline when a projection has no year). One projection per family
 * with a profile; families without one are not counted.
 */
export function incomeDistribution(projections: readonly IncomeProjection[]): IncomeDistribution {
  const now: Standing[] = projections.map((p) => p.baseline);
  const end: Standing[] = projections.map((p) => p.years.at(-1) ?? p.baseline);
  const countIf = (xs: Standing[], test: (s: Standing) => boolean): number => xs.filter(test).length;
  const below = (s: Standing): boolean => s.gapSoles > 0;
  const poor = (s: Standing): boolean => s.totalSoles < s.povertyLineSoles;
  return {
    families: projections.length,
    belowBenchmarkNow: countIf(now, below),
    belowBenchmarkEnd: countIf(end, below),
    belowPovertyNow: countIf(now, poor),
    belowPovertyEnd: countIf(end, poor),
    meanGapNowSoles: mean(now.map((s) => s.gapSoles)),
    meanGapEndSoles: mean(end.map((s) => s.gapSoles)),
    medianGapNowSoles: median(now.map((s) => s.gapSoles)),
    medianGapEndSoles: median(end.map((s) => s.gapSoles)),
    gapHistogram: gapBins.map(({ bin, minSoles, maxSoles }) => ({
      bin,
      minSoles,
      maxSoles,
      now: countIf(now, (s) => gapBin(s.gapSoles) === bin),
      end: countIf(end, (s) => gapBin(s.gapSoles) === bin),
    })),
  };
}
