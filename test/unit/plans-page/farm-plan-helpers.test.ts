import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../shared/api/plans.js';
import type { Measure } from '../../../shared/domain/measure.js';
import type { PlanSummary } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import {
  parseActionValues,
  parseQuantity,
  suggestedQuantity,
} from '../../../renderer/features/plans/action-form-values.js';
import { searchMeasures } from '../../../renderer/features/plans/measure-search.js';
import { planChains } from '../../../renderer/features/plans/plan-chains.js';
import { parsePlanValues } from '../../../renderer/features/plans/plan-form-values.js';
import { plansRouteFromHash } from '../../../renderer/features/plans/plan-routes.js';
import { groupReasons } from '../../../renderer/features/plans/proposal-text.js';
import { formatSoles } from '../../../renderer/features/plans/use-soles.js';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('plans routes', () => {
  it('reads the list, a farm plan and the organisation plan from the hash', () => {
    expect(plansRouteFromHash('#/planes')).toEqual({ view: 'list' });
    expect(plansRouteFromHash(`#/planes/${ID(1)}`)).toEqual({ view: 'farm', planId: ID(1) });
    expect(plansRouteFromHash(`#/planes/organizacion/${ID(2)}`)).toEqual({ view: 'organisation', planId: ID(2) });
    expect(plansRouteFromHash('#/planes/organizacion/not-an-id')).toEqual({ view: 'list' });
    expect(plansRouteFromHash(`#/planes/${ID(3)}?x=1`)).toEqual({ view: 'farm', planId: ID(3) });
  });
});

describe('soles', () => {
  it('writes the sol symbol in both languages, whole soles without decimals, céntimos with two', () => {
    // NOTE: es-PE groups thousands with "," and writes decimals with "." (CLDR), like en.
    expect(formatSoles(12300, 'es-PE').replace(/\s/g, ' ')).toBe('S/ 12,300');
    expect(formatSoles(12300, 'en').replace(/\s/g, ' ')).toBe('S/ 12,300');
    expect(formatSoles(4.5, 'es-PE').replace(/\s/g, ' ')).toBe('S/ 4.50');
    expect(formatSoles(16436.13, 'es-PE', true).replace(/\s/g, ' ')).toBe('S/ 16,436');
  });
});

describe('quantities', () => {
  it('takes a point for decimals and a comma as a decimal comma only where it cannot group thousands', () => {
    expect(parseQuantity('2.5')).toBe(2.5);
    expect(parseQuantity(' 12 ')).toBe(12);
    expect(parseQuantity('1,200')).toBe(1200);
    expect(parseQuantity('2,5')).toBe(2.5);
    expect(parseQuantity('1,234,567.5')).toBe(1234567.5);
    expect(parseQuantity('')).toBeNaN();
    expect(parseQuantity('dos')).toBeNaN();
    expect(parseQuantity('-1')).toBeNaN();
  });

  const plot = (areaHa: number, plantsPerHa: number | null) => ({ areaHa, plantsPerHa }) as PlotSummary;
  it('suggests the plots’ hectares, their plants (2,000 a hectare when unknown), or one', () => {
    // 1.234 + 0.5 = 1.734 ha → 1.73
    expect(suggestedQuantity('ha', [plot(1.234, null), plot(0.5, 5000)])).toBe(1.73);
    // 1.234 × 2,000 + 0.5 × 5,000 = 2,468 + 2,500 = 4,968 plants
    expect(suggestedQuantity('plants', [plot(1.234, null), plot(0.5, 5000)])).toBe(4968);
    expect(suggestedQuantity('units', [plot(1, null)])).toBe(1);
    expect(suggestedQuantity('people', [])).toBe(1);
  });

  it('checks an action with the contract’s schema', () => {
    const values = {
      plotIds: [ID(1)],
      quantity: '1.5',
      year: '2028',
      quarter: '3',
      responsible: 'Rosa',
      fundingSource: 'credito_agroperu' as const,
      indicator: '',
      target: '',
      status: 'planned' as const,
      rationale: '',
    };
    const ok = parseActionValues(values);
    expect(ok.ok && ok.fields).toMatchObject({
      quantity: 1.5,
      year: 2028,
      quarter: 3,
      fundingSource: 'credito_agroperu',
    });
    const bad = parseActionValues({ ...values, quantity: 'mucho', quarter: '5' });
    expect(bad.ok ? null : Object.keys(bad.problems).sort()).toEqual(['quantity', 'quarter']);
  });
});

describe('plan period', () => {
  const values = {
    title: 'Plan',
    startYear: '2027',
    endYear: '2031',
    scenarioId: '2050_moderate' as const,
    objectives: '',
  };
  it('accepts 2027–2031 and says on the end year when the period runs backwards or lasts over 15 years', () => {
    expect(parsePlanValues(values).ok).toBe(true);
    const backwards = parsePlanValues({ ...values, endYear: '2026' });
    expect(backwards.ok ? null : backwards.problems.endYear).toEqual({ key: 'tooSmall', params: { min: 2027 } });
    const tooLong = parsePlanValues({ ...values, endYear: '2043' });
    expect(tooLong.ok ? null : tooLong.problems.endYear).toEqual({ key: 'tooBig', params: { max: 2042 } });
    const notAYear = parsePlanValues({ ...values, startYear: '20x7' });
    expect(notAYear.ok ? null : Object.keys(notAYear.problems)).toEqual(['startYear']);
  });
});

describe('plan versions in the list', () => {
  const summary = (id: number, version: number, previous: number | null) =>
    ({ id: ID(id), version, previousVersionId: previous === null ? null : ID(previous) }) as PlanSummary;
  it('shows each chain once, by its newest version, with the earlier ones newest first', () => {
    const chains = planChains([summary(3, 3, 2), summary(2, 2, 1), summary(1, 1, null), summary(9, 1, null)]);
    expect(chains.map((c) => [c.latest.id, c.older.map((p) => p.version)])).toEqual([
      [ID(3), [2, 1]],
      [ID(9), []],
    ]);
  });
});

describe('proposal reasons', () => {
  it('joins the plots that share a hazard, level and scenario, in order', () => {
    const reason = (hazard: 'rust' | 'borer', level: 'alto' | 'muy_alto', plot: number, plotName: string) => ({
      hazard,
      level,
      scenarioId: '2050_moderate' as const,
      plotId: ID(plot),
      plotName,
    });
    const reasons: Proposal['reasons'] = [
      reason('borer', 'muy_alto', 1, 'La Loma'),
      reason('rust', 'alto', 1, 'La Loma'),
      reason('rust', 'alto', 2, 'El Mirador'),
    ];
    expect(groupReasons(reasons)).toEqual([
      { hazard: 'borer', level: 'muy_alto', scenarioId: '2050_moderate', plotNames: ['La Loma'] },
      { hazard: 'rust', level: 'alto', scenarioId: '2050_moderate', plotNames: ['La Loma', 'El Mirador'] },
    ]);
  });
});

describe('catalogue search', () => {
  const measure = (id: number, group: Measure['group'], es: string, scope: Measure['scope'] = 'farm') =>
    ({ id: ID(id), group, scope, archivedAt: null, name: { es, en: es }, description: { es: '', en: '' } }) as Measure;
  const measures = [
    measure(1, 'renovation', 'Renovación con Marsellesa'),
    measure(2, 'agroforestry', 'Sombra agroforestal'),
    measure(3, 'organisation', 'Vivero comunal', 'organisation'),
    { ...measure(4, 'renovation', 'Renovación archivada'), archivedAt: '2026-01-01T00:00:00.000Z' },
  ];
  it('offers live farm measures in the catalogue’s group order, matching every word without accents', () => {
    const all = searchMeasures(measures, '', (m) => m.name.es);
    expect(all.map((g) => [g.group, g.measures.map((m) => m.id)])).toEqual([
      ['agroforestry', [ID(2)]],
      ['renovation', [ID(1)]],
    ]);
    expect(searchMeasures(measures, 'RENOVACION mars', (m) => m.name.es).flatMap((g) => g.measures)).toHaveLength(1);
    expect(searchMeasures(measures, 'vivero', (m) => m.name.es)).toEqual([]);
  });
});
