/**
 * Round axis ticks for the print charts: steps of 1, 2, 2.5 or 5 × 10ⁿ
 * (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990), from 0 or
 * the data's minimum to at least its maximum.
 */
export function niceTicks(min: number, max: number, maxTicks = 6): number[] {
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  if (high === low) return high === 0 ? [0, 1] : niceTicks(Math.min(0, low), Math.max(0, high), maxTicks);
  const rough = (high - low) / Math.max(1, maxTicks - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * power >= rough) ?? 10) * power;
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const ticks: number[] = [];
  // Integer multiples, cleaned of binary noise (0.6, not 0.6000000000000001).
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** A linear map from data values to SVG units (y grows downwards, so `range` is usually [bottom, top]). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}
