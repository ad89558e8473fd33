import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';

/**
 * Soles as Peruvians write them, "S/ 30,264", in both languages: Intl writes
 * "PEN 30,264" in English, which no member of a cooperative would read as
 * their money. A no-break space keeps the symbol with its number.
 */
export function formatSoles(value: number, locale: string, maximumFractionDigits = 0): string {
  const amount = formatNumber(Math.abs(value), locale, { maximumFractionDigits });
  // Rounds to "S/ 0" rather than "−S/ 0" for a tiny negative.
  const negative = value < 0 && amount.replace(/[^1-9]/g, '') !== '';
  return `${negative ? '−' : ''}S/\u00a0${amount}`;
}

/** `soles(19468)` → "S/ 19,468"; `solesExact(12.5)` keeps up to two decimals (prices, costs per kg). */
export function useSoles() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      soles: (value: number) => formatSoles(value, locale),
      solesExact: (value: number) => formatSoles(value, locale, 2),
    }),
    [locale],
  );
}
