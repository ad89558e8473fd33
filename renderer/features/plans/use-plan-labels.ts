import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureFields, MeasureGroup, MeasureUnit } from '../../../shared/domain/measure.js';
import type { ActionStatus, FundingSource } from '../../../shared/domain/plan.js';
import { useFormat } from '../../i18n/use-format.js';

/** The measure's text in the user's language (the catalogue stores both). */
export type Bilingual = MeasureFields['name'];

const quarterKeys = ['q1', 'q2', 'q3', 'q4'] as const;

/**
 * Words for the plan's codes in the user's language: funding sources,
 * statuses and quarters come from `planCommon.*` (shared with the
 * organisation plan), so both screens say "Crédito Agroperú" and "T3" alike.
 */
export function usePlanLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = i18n.language.startsWith('en');
  return useMemo(
    () => ({
      funding: (source: FundingSource): string => t(`planCommon.funding.${source}`),
      status: (status: ActionStatus): string => t(`planCommon.status.${status}`),
      /** "T1" … "T4": column headers and the timeline. */
      quarter: (quarter: number): string => t('planCommon.quarter', { quarter }),
      /** "T1 (ene–mar)": where a quarter is chosen. */
      quarterLong: (quarter: number): string =>
        t('planCommon.quarterLong', {
          quarter,
          months: t(`planCommon.quarterMonths.${quarterKeys[quarter - 1] ?? 'q1'}`),
        }),
      // The catalogue's own group names (shared with the catalogue page).
      group: (group: MeasureGroup): string => t(`measureGroups.${group}`),
      /** "12.5 ha", "2,400 plantas", "1 unidad". */
      quantity: (quantity: number, unit: MeasureUnit): string =>
        t(`planCommon.units.${unit}`, {
          count: quantity,
          quantity: format.number(quantity, { maximumFractionDigits: 2 }),
        }),
      /** The unit alone, for a column header or next to an input ("ha", "plantas"). */
      unit: (unit: MeasureUnit): string => t(`planCommon.unitNames.${unit}`),
      /** One of the unit, after a price: "S/ 12,300 por ha", "S/ 2 por planta". */
      unitSingular: (unit: MeasureUnit): string => t(`planCommon.perUnit.${unit}`),
      text: (text: Bilingual): string => (english ? text.en : text.es),
    }),
    [t, format, english],
  );
}
export type PlanLabels = ReturnType<typeof usePlanLabels>;
