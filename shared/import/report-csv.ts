import type { FeatureVerdict } from '../domain/import.js';

/**
 * RFC 4180 quoting. NOTE: plot and producer names come from other people's
 * files; a text starting with = + - @ would run as a formula in Excel or
 * LibreOffice (CSV injection, OWASP), so it gets a leading apostrophe.
 */
const quote = (value: string | number | null): string => {
  if (typeof value === 'number') return String(value);
  const raw = value ?? '';
  const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The per-feature import report as CSV (UTF-8 with BOM so Excel in Spanish
 * opens accents right). `describe` turns a reason into words in the user's
 * language; the codes stay in their own column for scripts.
 */
export function importReportCsv(
  rows: readonly FeatureVerdict[],
  describe: (reason: FeatureVerdict['reasons'][number]) => string,
  headers: readonly string[] = [
    'feature',
    'layer',
    'plot',
    'verdict',
    'producer_code',
    'producer',
    'area_ha',
    'reason_codes',
    'reasons',
  ],
): string {
  const lines = [headers.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.index + 1,
        row.layer,
        row.plotName,
        row.verdict,
        row.producerCode,
        row.producerName,
        row.areaHa === null ? null : row.areaHa.toFixed(4),
        row.reasons.map((r) => r.code).join(' '),
        row.reasons.map(describe).join(' | '),
      ]
        .map(quote)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
