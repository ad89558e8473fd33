import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { useSoles } from '../../plans/use-soles.js';

/**
 * The reports' numbers in the report's language, built on the app's own
 * formatters (renderer/i18n/use-format.ts, plans/use-soles.ts) so a PDF says
 * "S/ 12,300.50", "1.25 ha" and "1,650 msnm" exactly as the screens do.
 */
export function usePrintFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  const soles = useSoles();
  return useMemo(
    () => ({
      locale: format.locale,
      number: format.number,
      /** Costs with their céntimos: "S/ 4.50", "S/ 12,300". */
      soles: (value: number): string => soles(value),
      /** Projections rounded to the sol: "S/ 19,468". */
      solesWhole: (value: number): string => soles(value, { whole: true }),
      /** Always two decimals in tables, so the column lines up: "0.80 ha". */
      ha: (areaHa: number): string =>
        format.number(areaHa, { style: 'unit', unit: 'hectare', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      /** Metres above sea level, whole: "1,650 msnm"; "—" when unknown. */
      msnm: (altitudeM: number | null): string =>
        altitudeM === null
          ? '—'
          : t('printKit.units.msnm', { value: format.number(Math.round(altitudeM), { maximumFractionDigits: 0 }) }),
      /** A year as a label: "2027", never "2,027". */
      year: (year: number): string => format.number(year, { useGrouping: false }),
      /** "12 %" in Spanish, "12%" in English (CLDR). */
      percent: (value: number, digits = 0): string =>
        format.number(value / 100, { style: 'percent', maximumFractionDigits: digits }),
      /** A date without time: "4 mar 2026". */
      date: (value: string | Date): string => format.date(value, { dateStyle: 'medium' }),
      /** A long date for covers: "4 de marzo de 2026". */
      dateLong: (value: string | Date): string => format.date(value, { dateStyle: 'long' }),
    }),
    [format, soles, t],
  );
}
export type PrintFormat = ReturnType<typeof usePrintFormat>;
