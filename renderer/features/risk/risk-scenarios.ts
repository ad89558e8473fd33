import type { ScenarioId } from '../../../shared/domain/hazard.js';

/** What the dashboard sets against the baseline: 2050 moderate by default, the middle path rather than the worst case. */
export const comparedScenarios = ['2030', '2050_moderate', '2050_high'] as const satisfies readonly ScenarioId[];
export type ComparedScenario = (typeof comparedScenarios)[number];
export const defaultComparedScenario: ComparedScenario = '2050_moderate';

export const isComparedScenario = (value: string): value is ComparedScenario =>
  (comparedScenarios as readonly string[]).includes(value);
