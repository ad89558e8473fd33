import type { PlanSummary } from '../../../../shared/domain/plan.js';
import type { FamilyRow } from '../../plans/org/org-types.js';

export interface AnnexRow extends FamilyRow {
  /** 1, 2, 3… in the printed order, so a family is found again by its number. */
  readonly n: number;
  /** Version of the family's latest farm plan; null without one. */
  readonly planVersion: number | null;
}

/**
 * One line per member family for the printed annex, alphabetical by name
 * (a printed list is searched by name; the screen sorts by any column).
 * Names compare with numeric collation so "Familia 2" comes before "Familia 10".
 */
export function annexRows(
  families: readonly FamilyRow[],
  plans: readonly Pick<PlanSummary, 'id' | 'version'>[],
  locale: string,
): AnnexRow[] {
  const versions = new Map(plans.map((plan) => [plan.id, plan.version]));
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...families]
    .sort((a, b) => collator.compare(a.producerName, b.producerName) || a.producerId.localeCompare(b.producerId))
    .map((family, index) => ({
      ...family,
      n: index + 1,
      planVersion: family.planId === null ? null : (versions.get(family.planId) ?? null),
    }));
}
