import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';

/**
 * Soles as Peruvians write them, "S/ 30,264", in both languages: Intl writes
 * "PEN 30,264" in English, which no member of a cooperative would read as
 * their money. A no-break space keeps the symbol with its number.
 */
export function formatSoles(value: number, locale: string, maximumFractionDigits = 0): string {
  // Céntimos come in pairs ("S/ 8.50", not "S/ 8.5"); whole amounts stay whole ("S/ 12").
  const cents = maximumFractionDigits > 0 && !Number.isInteger(Math.round(value * 100) / 100);
  const amount = formatNumber(Math.abs(value), locale, {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  });
  // Rounds to "S/ 0" rather than "−S/ 0" for a tiny negative.
  const negative = value < 0 && amount.replace(/[^1-9]/g, '') !== '';
  return `${negative ? '−' : ''}S/\u00a0${amount}`;
}

/** `soles(19468)` → "S/ 19,468"; `solesExact(8.5)` → "S/ 8.50" for prices and costs per unit (`solesExact(12)` → "S/ 12"). */
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
