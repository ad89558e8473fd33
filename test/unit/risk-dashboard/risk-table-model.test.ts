import { describe, expect, it } from 'vitest';
import type { RiskRow } from '../../../shared/api/risk.js';
import { riskCollator, visibleRiskRows } from '../../../renderer/features/risk/risk-table-model.js';
import { visibleProfileRows, worsens } from '../../../renderer/features/risk/producer-profile-model.js';
import type { ProfileRow } from '../../../renderer/features/risk/producer-profile-model.js';

const none = { thermal: null, rust: null, borer: null, frost: null, drought: null, landslide: null };
let next = 0;
const row = (plotName: string, producerName: string, levels: Partial<RiskRow['levels']>, areaHa = 1): RiskRow => ({
  plotId: `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`,
  plotName,
  producerId: '10000000-0000-4000-8000-000000000000',
  producerName,
  areaHa,
  altitudeM: 1500,
  altitudeSource: 'typed',
  variety: 'Caturra',
  scenarioId: 'baseline',
  temperatureC: 21,
  levels: { ...none, ...levels },
  stale: false,
});

const rows = [
  row('Parcela 10', 'José Peña', { rust: 'medio', frost: 'alto' }, 2),
  row('Parcela 2', 'Ana Díaz', { rust: 'muy_alto' }, 0.5),
  row('La Loma', 'Ana Díaz', { rust: null, borer: 'alto' }, 1),
  row('El Alto', 'Rosa Huamán', { rust: 'bajo' }, 3),
];
const collator = riskCollator('es-PE');
const names = (list: readonly RiskRow[]) => list.map((r) => r.plotName);

describe('risk table filters and sort', () => {
  it('sorts a hazard column by level, worst first, with "no data" last in both directions', () => {
    const desc = visibleRiskRows(
      rows,
      { hazard: 'all', level: 'all', query: '' },
      { column: 'rust', direction: 'desc' },
      collator,
    );
    expect(names(desc)).toEqual(['Parcela 2', 'Parcela 10', 'El Alto', 'La Loma']);
    const asc = visibleRiskRows(
      rows,
      { hazard: 'all', level: 'all', query: '' },
      { column: 'rust', direction: 'asc' },
      collator,
    );
    expect(names(asc)).toEqual(['El Alto', 'Parcela 10', 'Parcela 2', 'La Loma']);
  });

  it('sorts names numerically ("Parcela 2" before "Parcela 10") and numbers by value', () => {
    const byPlot = visibleRiskRows(
      rows,
      { hazard: 'all', level: 'all', query: '' },
      { column: 'plotName', direction: 'asc' },
      collator,
    );
    expect(names(byPlot)).toEqual(['El Alto', 'La Loma', 'Parcela 2', 'Parcela 10']);
    const byArea = visibleRiskRows(
      rows,
      { hazard: 'all', level: 'all', query: '' },
      { column: 'areaHa', direction: 'desc' },
      collator,
    );
    expect(byArea.map((r) => r.areaHa)).toEqual([3, 2, 1, 0.5]);
  });

  it('filters a level for one hazard, for any hazard, and "no data"', () => {
    const sort = { column: 'plotName', direction: 'asc' } as const;
    expect(names(visibleRiskRows(rows, { hazard: 'rust', level: 'medio', query: '' }, sort, collator))).toEqual([
      'Parcela 10',
    ]);
    expect(names(visibleRiskRows(rows, { hazard: 'all', level: 'alto', query: '' }, sort, collator))).toEqual([
      'La Loma',
      'Parcela 10',
    ]);
    expect(names(visibleRiskRows(rows, { hazard: 'rust', level: 'none', query: '' }, sort, collator))).toEqual([
      'La Loma',
    ]);
  });

  it('searches plot and producer names without accents or case', () => {
    const sort = { column: 'plotName', direction: 'asc' } as const;
    expect(names(visibleRiskRows(rows, { hazard: 'all', level: 'all', query: 'ANA diaz' }, sort, collator))).toEqual([
      'La Loma',
      'Parcela 2',
    ]);
    expect(names(visibleRiskRows(rows, { hazard: 'all', level: 'all', query: 'pena 10' }, sort, collator))).toEqual([
      'Parcela 10',
    ]);
  });
});

describe('producer risk profile', () => {
  const profile = (
    producerName: string,
    baseline: Partial<ProfileRow['baseline']>,
    compared: Partial<ProfileRow['compared']>,
  ): ProfileRow => ({
    producerId: `20000000-0000-4000-8000-${String(next++).padStart(12, '0')}`,
    producerName,
    plots: 1,
    areaHa: 1,
    baseline: { ...none, ...baseline },
    compared: { ...none, ...compared },
  });
  const a = profile('Ana', { rust: 'medio' }, { rust: 'alto' });
  const b = profile('Beto', { rust: 'alto' }, { rust: 'alto' });
  const c = profile('Carla', { rust: 'bajo' }, { rust: 'muy_alto' });

  it('marks a hazard that the compared scenario rates worse', () => {
    expect(worsens(a, 'rust')).toBe(true);
    expect(worsens(b, 'rust')).toBe(false);
    expect(worsens(a, 'frost')).toBe(false);
  });

  it('sorts a hazard by the compared level, then today’s', () => {
    const sorted = visibleProfileRows([a, b, c], '', { column: 'rust', direction: 'desc' }, riskCollator('es-PE'));
    expect(sorted.map((p) => p.producerName)).toEqual(['Carla', 'Beto', 'Ana']);
  });
});
