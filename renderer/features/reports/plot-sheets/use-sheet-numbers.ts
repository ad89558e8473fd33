import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Whole numbers and hectares with two decimals for thousands of sheets.
 * NOTE: one Intl.NumberFormat per kind, made once: building a formatter per
 * call (renderer/i18n/format.ts does) cost 2.7 s of the 12 s a
 * 1,000-plot annex took to draw.
 */
export function useSheetNumbers() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const twoDecimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return {
      /** 1, 2 … 1,000. */
      whole: (value: number): string => whole.format(value),
      /** "1.25": hectares with two decimals (the unit is in the column header or the text). */
      ha: (areaHa: number): string => twoDecimals.format(areaHa),
    };
  }, [locale]);
}
