import { actionCostSoles } from './plan-budget.js';
import { isActive } from './plan-action-view.js';
import type { CostedAction } from './plan-action-view.js';

/**
 * Yearly instalment of a loan of `principalSoles` repaid in `termYears` equal instalments at `annualRatePct` %:
 *   A = P·i / (1 − (1 + i)^−n),  i = rate / 100   (the French-system annuity);
 *   A = P / n when i = 0; the whole P at once when n ≤ 0.
 */
export function annuitySolesPerYear(principalSoles: number, annualRatePct: number, termYears: number): number {
  if (termYears <= 0) return principalSoles;
  const i = annualRatePct / 100;
  if (i === 0) return principalSoles / termYears;
  return (principalSoles * i) / (1 - (1 + i) ** -termYears);
}

export interface CreditTerms {
  creditAnnualRatePct: number;
  creditTermYears: number;
}

/**
 * What the plan takes out of the family's pocket in `year`, S/:
 * - paid by the family ('familia'): the action's whole cost in the action's year;
 * - AgroPerú credit ('credito_agroperu'): the annuity for the action's cost, one instalment a year for the term,
 *   the first in the action's year (years actionYear … actionYear + term − 1);
 * - the organisation, a project/NGO or another funder: nothing to the family.
 * Dropped actions cost nothing.
 */
export function familyCostSoles(actions: readonly CostedAction[], year: number, credit: CreditTerms): number {
  let costSoles = 0;
  for (const action of actions) {
    if (!isActive(action)) continue;
    const source = action.fundingSource;
    switch (source) {
      case 'familia':
        if (year === action.year) costSoles += actionCostSoles(action);
        break;
      case 'credito_agroperu': {
        const termYears = Math.max(1, credit.creditTermYears);
        if (year >= action.year && year < action.year + termYears) {
          costSoles += annuitySolesPerYear(actionCostSoles(action), credit.creditAnnualRatePct, credit.creditTermYears);
        }
        break;
      }
      case 'organizacion':
      case 'proyecto_ong':
      case 'otro':
        break;
      default: {
        const never: never = source;
        throw new Error(`Unknown funding source ${String(never)}`);
      }
    }
  }
  return costSoles;
}
