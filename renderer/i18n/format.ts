/**
 * Numbers, dates and units in the active locale through `Intl`, so es-PE and
 * en follow CLDR (es-PE writes 1,234.5 like en; Intl knows, we do not guess).
 */

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Up to two decimals, e.g. "1,234.57 ha"; `hectare` is one of Intl's sanctioned units. */
export function formatHa(areaHa: number, locale: string): string {
  return formatNumber(areaHa, locale, { style: 'unit', unit: 'hectare', maximumFractionDigits: 2 });
}

/** A date, or a date and time, from an ISO string or a Date. */
export function formatDate(
  value: string | Date,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(locale, options).format(date);
}

/** Fixed decimals, for coordinates: `formatDecimal(-6.2, 'es-PE', 5)` → "-6.20000". */
export function formatDecimal(value: number, locale: string, digits: number): string {
  return formatNumber(value, locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/** File sizes in kB or MB (decimal units, as file managers on Windows and macOS show them). */
export function formatBytes(sizeBytes: number, locale: string): string {
  if (sizeBytes < 1_000_000) {
    return formatNumber(sizeBytes / 1000, locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  }
  return formatNumber(sizeBytes / 1_000_000, locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}
