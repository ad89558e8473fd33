import type { ScenarioId } from '../../../shared/domain/hazard.js';

/**
 * A new plan's period and scenario until the technician changes them: five
 * years from 2027 (the next full campaign after the 2026 rollout), rated
 * against 2050 moderado, the middle path the risk dashboard also compares by default.
 */
export const defaultPlanPeriod = { startYear: 2027, endYear: 2031 } as const;
export const defaultPlanScenario: ScenarioId = '2050_moderate';
/** The contract's limit (shared/domain/plan.ts): a plan lasts at most 15 years. */
export const MAX_PLAN_YEARS = 15;
