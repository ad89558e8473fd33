import type { RiskRow } from '../../../shared/api/risk.js';
import { modelHazards } from '../../../shared/domain/hazard.js';
import type { HazardLevel, ModelHazard } from '../../../shared/domain/hazard.js';

/**
 * The risk table as a CSV that Excel opens with a double click on a Peruvian PC.
 *
 * Decisions:
 * - Separator `;`: Excel splits a double-clicked CSV by Windows' list
 *   separator, which is `;` in Spanish-language Windows set-ups where the
 *   decimal mark is `,` and in many Latin-American ones; a `;` file also never
 *   clashes with a decimal comma. (A `sep=;` first line would force it, but
 *   Excel then ignores the BOM and garbles ñ and tildes, so it is not used.)
 * - Decimal mark: the locale's own (from Intl: '.' for es-PE and en), with no
 *   thousands grouping, so "1350" and "22.5" are read as numbers, not text.
 * - UTF-8 with a byte-order mark, CRLF line ends (RFC 4180), so Excel reads accents right.
 * - Text starting with = + - @ gets a leading apostrophe (CSV injection, OWASP):
 *   names come from other people's spreadsheets.
 */
export const CSV_SEPARATOR = ';';

export interface RiskCsvLabels {
  readonly headers: {
    readonly plot: string;
    readonly producer: string;
    readonly areaHa: string;
    readonly altitudeM: string;
    readonly altitudeSource: string;
    readonly variety: string;
    readonly scenario: string;
    readonly temperatureC: string;
    readonly stale: string;
    readonly plotId: string;
  };
  readonly hazard: (hazard: ModelHazard) => string;
  readonly level: (level: HazardLevel | null) => string;
  readonly altitudeSource: (source: 'typed' | 'gps' | 'dem' | null) => string;
  readonly scenario: (scenarioId: RiskRow['scenarioId']) => string;
  readonly yes: string;
  readonly no: string;
}

/** The decimal mark the locale writes ('.' in es-PE, ',' in es-ES), from Intl rather than a guess. */
export function decimalMark(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function numberCell(value: number | null, decimals: number, mark: string): string {
  return value === null ? '' : value.toFixed(decimals).replace('.', mark);
}

export function riskResultsCsv(rows: readonly RiskRow[], labels: RiskCsvLabels, locale: string): string {
  const mark = decimalMark(locale);
  const h = labels.headers;
  const header = [
    h.plot,
    h.producer,
    h.areaHa,
    h.altitudeM,
    h.altitudeSource,
    h.variety,
    h.scenario,
    h.temperatureC,
    ...modelHazards.map(labels.hazard),
    h.stale,
    h.plotId,
  ].map(textCell);
  const lines = [header.join(CSV_SEPARATOR)];
  for (const row of rows) {
    lines.push(
      [
        textCell(row.plotName),
        textCell(row.producerName),
        // Areas to 1 m² (4 decimals), as the app's other CSV export writes them.
        numberCell(row.areaHa, 4, mark),
        numberCell(row.altitudeM, 0, mark),
        textCell(labels.altitudeSource(row.altitudeSource)),
        textCell(row.variety),
        textCell(labels.scenario(row.scenarioId)),
        numberCell(row.temperatureC, 1, mark),
        ...modelHazards.map((hazard) => textCell(labels.level(row.levels[hazard]))),
        textCell(row.stale ? labels.yes : labels.no),
        textCell(row.plotId),
      ].join(CSV_SEPARATOR),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
