import type { CoffeeFactors } from './household-income.js';
import { isActive } from './plan-action-view.js';
import type { EffectAction } from './plan-action-view.js';

/**
 * Share of an action's full effect reached in `year`, for an action done in `actionYear` whose effect is full after
 * `yearsToFullEffect` = n years:
 *   r = 0 before the action's year;
 *   r = 1 from the action's year when n = 0;
 *   r = min(1, (year − actionYear + 1) / (n + 1)) otherwise,
 * a straight ramp that gives 1/(n+1) in the action's own year and reaches 1 in actionYear + n (e.g. n = 3:
 * ¼, ½, ¾, 1). A linear ramp is a deliberate simplification: the catalogue gives only the years to full effect.
 */
export function effectRamp(year: number, actionYear: number, yearsToFullEffect: number): number {
  if (year < actionYear) return 0;
  if (yearsToFullEffect <= 0) return 1;
  return Math.min(1, (year - actionYear + 1) / (yearsToFullEffect + 1));
}

/**
 * Coffee hectares an action covers: a quantity in ha is that many ha; in plants, quantity / plants per ha; a measure
 * counted in units or people (a certification, a training) covers the whole coffee area.
 */
export function coveredHa(
  action: Pick<EffectAction, 'quantity'> & { measure: Pick<EffectAction['measure'], 'unit'> },
  coffeeAreaHa: number,
  plantsPerHa: number,
): number {
  const unit = action.measure.unit;
  switch (unit) {
    case 'ha':
      return action.quantity;
    case 'plants':
      return plantsPerHa > 0 ? action.quantity / plantsPerHa : 0;
    case 'units':
    case 'people':
      return coffeeAreaHa;
    default: {
      const never: never = unit;
      throw new Error(`Unknown measure unit ${String(never)}`);
    }
  }
}

/** Share of the family's coffee area an action covers: min(1, covered ha / coffee ha); 0 with no coffee area. */
export function coverageShare(
  action: Pick<EffectAction, 'quantity'> & { measure: Pick<EffectAction['measure'], 'unit'> },
  coffeeAreaHa: number,
  plantsPerHa: number,
): number {
  if (coffeeAreaHa <= 0) return 0;
  return Math.min(1, coveredHa(action, coffeeAreaHa, plantsPerHa) / coffeeAreaHa);
}

export interface YearEffects extends CoffeeFactors {
  /** New income from income_per_unit measures (beehives, guinea pigs…), S/ in that year. */
  newActivitiesSoles: number;
}

/**
 * What the plan's non-dropped actions do to the family's income in `year`, with r the ramp and share the coverage:
 *   yield factor = 1 + Σ yield_pct value/100 × share × r        (on the hectares it covers)
 *   cost factor  = 1 + Σ cost_pct value/100 × share × r         (coffee production costs)
 *   price factor = 1 + Σ price_premium_pct value/100 × r        (a premium is paid on all the coffee sold)
 *   new income   = Σ income_per_unit value × quantity × r       (S/ a year per unit at full effect)
 * Effects add (not compound), so two +10 % measures give +20 %. Factors stop at 0: a harvest, a cost or a price is
 * never negative. Each action counts from its planned year, whether or not it is done yet (a projection of the plan).
 */
export function yearEffects(
  actions: readonly EffectAction[],
  year: number,
  coffeeAreaHa: number,
  plantsPerHa: number,
): YearEffects {
  let yieldPct = 0;
  let costPct = 0;
  let pricePct = 0;
  let newActivitiesSoles = 0;
  for (const action of actions) {
    if (!isActive(action)) continue;
    const r = effectRamp(year, action.year, action.measure.yearsToFullEffect);
    if (r === 0) continue;
    const { kind, value } = action.measure.effect;
    switch (kind) {
      case 'yield_pct':
        yieldPct += value * coverageShare(action, coffeeAreaHa, plantsPerHa) * r;
        break;
      case 'cost_pct':
        costPct += value * coverageShare(action, coffeeAreaHa, plantsPerHa) * r;
        break;
      case 'price_premium_pct':
        pricePct += value * r;
        break;
      case 'income_per_unit':
        newActivitiesSoles += value * action.quantity * r;
        break;
      case 'none':
        break;
      default: {
        const never: never = kind;
        throw new Error(`Unknown effect kind ${String(never)}`);
      }
    }
  }
  return {
    yieldFactor: Math.max(0, 1 + yieldPct / 100),
    costFactor: Math.max(0, 1 + costPct / 100),
    priceFactor: Math.max(0, 1 + pricePct / 100),
    newActivitiesSoles,
  };
}
