import { describe, expect, it } from 'vitest';
import type { RiskRow } from '../../../shared/api/risk.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import { decimalMark, riskResultsCsv } from '../../../renderer/features/risk/risk-csv.js';
import type { RiskCsvLabels } from '../../../renderer/features/risk/risk-csv.js';

const levelNames: Record<HazardLevel, string> = { bajo: 'Bajo', medio: 'Medio', alto: 'Alto', muy_alto: 'Muy alto' };
const labels: RiskCsvLabels = {
  headers: {
    plot: 'Parcela',
    producer: 'Productor',
    areaHa: 'Área (ha)',
    altitudeM: 'Altitud (msnm)',
    altitudeSource: 'Origen de la altitud',
    variety: 'Variedad',
    scenario: 'Escenario',
    temperatureC: 'Temperatura media (°C)',
    stale: 'Desactualizado',
    plotId: 'ID de parcela',
  },
  hazard: (hazard) =>
    ({
      thermal: 'Aptitud térmica',
      rust: 'Roya',
      borer: 'Broca',
      frost: 'Helada',
      drought: 'Sequía',
      landslide: 'Deslizamiento',
    })[hazard],
  level: (level) => (level === null ? 'Sin datos' : levelNames[level]),
  altitudeSource: (source) => (source === null ? '' : source),
  scenario: (id) => (id === 'baseline' ? 'Línea base' : id),
  yes: 'Sí',
  no: 'No',
};

const row = (overrides: Partial<RiskRow> = {}): RiskRow => ({
  plotId: '0b9c6f2e-1a2b-4c3d-8e9f-001122334455',
  plotName: 'El Mirador',
  producerId: '1b9c6f2e-1a2b-4c3d-8e9f-001122334455',
  producerName: 'Rosa Huamán Tocto',
  areaHa: 1.23456,
  altitudeM: 1350,
  altitudeSource: 'typed',
  variety: 'Caturra',
  scenarioId: 'baseline',
  temperatureC: 22.509,
  levels: { thermal: 'bajo', rust: 'alto', borer: 'medio', frost: 'bajo', drought: null, landslide: null },
  stale: false,
  ...overrides,
});

describe('risk table CSV', () => {
  it('writes a BOM, `;` separators, CRLF lines, Spanish headers and levels, numbers with the locale decimal mark', () => {
    const csv = riskResultsCsv([row()], labels, 'es-PE');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(
      'Parcela;Productor;Área (ha);Altitud (msnm);Origen de la altitud;Variedad;Escenario;Temperatura media (°C);' +
        'Aptitud térmica;Roya;Broca;Helada;Sequía;Deslizamiento;Desactualizado;ID de parcela',
    );
    // es-PE writes 22.5 (CLDR: '.' decimal, ',' grouping); no grouping in the file, so 1350 stays one number.
    expect(lines[1]).toBe(
      'El Mirador;Rosa Huamán Tocto;1.2346;1350;typed;Caturra;Línea base;22.5;Bajo;Alto;Medio;Bajo;Sin datos;Sin datos;No;' +
        '0b9c6f2e-1a2b-4c3d-8e9f-001122334455',
    );
  });

  it("uses the locale's decimal mark from Intl: ',' where the locale writes a decimal comma", () => {
    expect(decimalMark('es-PE')).toBe('.');
    expect(decimalMark('en')).toBe('.');
    expect(decimalMark('es-ES')).toBe(',');
    const fields = riskResultsCsv([row()], labels, 'es-ES').slice(1).split('\r\n')[1]?.split(';') ?? [];
    expect(fields[2]).toBe('1,2346');
    expect(fields[7]).toBe('22,5');
  });

  it('quotes text holding the separator or quotes, defuses formulas, leaves unknown numbers empty', () => {
    const csv = riskResultsCsv(
      [
        row({
          plotName: 'Lote 1; bajo',
          producerName: '=HYPERLINK("x")',
          altitudeM: null,
          temperatureC: null,
          altitudeSource: null,
          stale: true,
        }),
      ],
      labels,
      'es-PE',
    );
    const line = csv.slice(1).split('\r\n')[1] ?? '';
    expect(line.startsWith('"Lote 1; bajo";"\'=HYPERLINK(""x"")";1.2346;;;Caturra;Línea base;;')).toBe(true);
    expect(line).toContain(';Sí;');
  });
});
