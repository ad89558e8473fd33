import type { Measure } from '../../../shared/domain/measure.js';
import type { DemoCall } from './demo-call.js';
import { DEMO_BASE_YEAR, DEMO_MARKER_TEXT } from './demo-content.js';

const START = DEMO_BASE_YEAR;
const END = DEMO_BASE_YEAR + 4;
const SCENARIO = '2050_moderate' as const;

/** The organisation's resilience plan: its own actions for all members (catalogue measures of organisation scope). */
export async function createDemoOrganisationPlan(
  call: DemoCall,
  organisationId: string,
  families: number,
  byCode: (code: string) => Measure,
): Promise<string> {
  const plan = await call('plans.create', {
    organisationId,
    kind: 'organisation',
    title: `Plan de resiliencia ${START}–${END}`,
    startYear: START,
    endYear: END,
    scenarioId: SCENARIO,
    objectives: `${DEMO_MARKER_TEXT}. Acompañar a las familias socias frente a la roya, el calor y los deslizamientos.`,
  });
  const actions = [
    {
      code: 'nursery',
      quantity: 20_000,
      year: START,
      quarter: 2,
      fundingSource: 'organizacion',
      rationale: 'Plantones de variedades resistentes para las renovaciones de los planes de finca.',
    },
    {
      code: 'farmer-field-schools',
      quantity: families,
      year: START,
      quarter: 3,
      fundingSource: 'proyecto_ong',
      rationale: 'Roya, broca y conservación de suelos: escuelas de campo en cada sector.',
    },
    {
      code: 'eudr-geolocation',
      quantity: families,
      year: START,
      quarter: 4,
      fundingSource: 'organizacion',
      rationale: 'Polígonos de todas las parcelas para las declaraciones EUDR.',
    },
    {
      code: 'weather-station',
      quantity: 2,
      year: START + 1,
      quarter: 1,
      fundingSource: 'proyecto_ong',
      rationale: 'Temperatura y lluvia propias en Jaén y San Ignacio, en lugar de la estación de referencia.',
    },
    {
      code: 'credit-access',
      quantity: 12,
      year: START + 1,
      quarter: 2,
      fundingSource: 'credito_agroperu',
      rationale: 'Créditos de renovación para las familias con más roya.',
    },
  ] as const;
  let current = plan;
  for (const action of actions) {
    const { code, ...fields } = action;
    current = await call('plans.addAction', {
      planId: plan.id,
      fields: { measureId: byCode(code).id, responsible: 'Equipo técnico (ficticio)', ...fields },
    });
  }
  const nursery = current.actions.find((a) => a.measure.measureId === byCode('nursery').id);
  const eudr = current.actions.find((a) => a.measure.measureId === byCode('eudr-geolocation').id);
  if (nursery)
    await call('plans.addProgress', {
      actionId: nursery.id,
      date: `${START}-08-31`,
      percentDone: 60,
      notes: '12,000 plantones en el vivero.',
    });
  if (eudr)
    await call('plans.addProgress', {
      actionId: eudr.id,
      date: `${START}-10-15`,
      percentDone: 100,
      notes: 'Todas las parcelas con polígono.',
    });
  return plan.id;
}
