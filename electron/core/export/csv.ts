import type { ExportPlot } from './export-query.js';
import type { FormatContext, FormatOutcome } from './export-types.js';
import { PLOT_ATTRIBUTES } from './plot-attributes.js';
import type { AttributeValue } from './plot-attributes.js';

/** The columns of the table, in order (a subset of PLOT_ATTRIBUTES, by name). */
export const CSV_COLUMNS = [
  'plot_id',
  'plot_name',
  'producer_code',
  'producer_name',
  'producer_dni',
  'organisation',
  'centroid_lat',
  'centroid_lon',
  'area_ha',
  'perimeter_m',
  'altitude_m',
  'variety',
  'production_system',
  'geometry_type',
] as const;

const attributes = CSV_COLUMNS.map((name) => {
  const attribute = PLOT_ATTRIBUTES.find((candidate) => candidate.name === name);
  if (!attribute) throw new Error(`No plot attribute ${name}`);
  return attribute;
});

/**
 * NOTE: a text cell starting with = + - @ or a tab is read as a formula by
 * Excel and LibreOffice (CSV injection, OWASP); such cells get a leading
 * apostrophe. Numbers are written as numbers and never prefixed.
 */
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  // RFC 4180 §2.6–2.7: quote a field with a comma, quote or line break; double its quotes.
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(value: AttributeValue, decimals: number | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') return decimals === undefined ? String(value) : value.toFixed(decimals);
  return textCell(value);
}

/** The table shows areas to 1 m² (4 decimals), as the app does; GIS formats keep 6. */
const CSV_DECIMALS: Partial<Record<string, number>> = { area_ha: 4 };

function row(plot: ExportPlot): string {
  return attributes
    .map((attribute) => cell(attribute.value(plot), CSV_DECIMALS[attribute.name] ?? attribute.decimals))
    .join(',');
}

/**
 * One row per plot, comma-separated with '.' decimals, CRLF line ends
 * (RFC 4180). The UTF-8 byte-order mark makes Excel read accents (Ñ, á)
 * right instead of guessing the ANSI code page.
 */
export function writeCsv(ctx: FormatContext): FormatOutcome {
  const out = ctx.files.openText(ctx.outputPath);
  out.write(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  ctx.plots.forEach((plot, index) => {
    ctx.tick(index);
    out.write(`${row(plot)}\r\n`);
  });
  out.close();
  return { plotCount: ctx.plots.length, skipped: [] };
}
