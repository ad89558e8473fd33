import { useCallback } from 'react';
import { useFormat } from '../../i18n/use-format.js';

/**
 * Soles the way Peru writes them, "S/ 12,300" (whole soles) or "S/ 4.50": the
 * locale's currency pattern, with the sol's own symbol in every language
 * (English CLDR would write "PEN 12,300", which nobody in Cajamarca reads).
 */
export function formatSoles(value: number, locale: string, whole = false): string {
  const digits = whole || Number.isInteger(Math.round(value * 100) / 100) ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'PEN',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .formatToParts(value)
    .map((part) => (part.type === 'currency' ? 'S/' : part.value))
    .join('')
    .replace(/S\/(?=\d)/, 'S/\u00a0');
}

/**
 * `formatSoles` bound to the active language. Costs keep their céntimos;
 * `whole` rounds to the sol, for projections where céntimos are noise (income, gaps).
 */
export function useSoles(): (value: number, options?: { whole?: boolean }) => string {
  const { locale } = useFormat();
  return useCallback(
    (value: number, options?: { whole?: boolean }) => formatSoles(value, locale, options?.whole),
    [locale],
  );
}
