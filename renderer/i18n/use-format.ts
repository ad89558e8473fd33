import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDate, formatDecimal, formatHa, formatNumber } from './format.js';

/** The formatters of format.ts bound to the active language; re-render on a language change. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      locale,
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
      decimal: (value: number, digits: number) => formatDecimal(value, locale, digits),
      ha: (areaHa: number) => formatHa(areaHa, locale),
      date: (value: string | Date, options?: Intl.DateTimeFormatOptions) => formatDate(value, locale, options),
      bytes: (sizeBytes: number) => formatBytes(sizeBytes, locale),
    }),
    [locale],
  );
}
