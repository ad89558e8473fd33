import { useCallback } from 'react';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import type { PlanFigures, Proposal } from '../../../shared/api/plans.js';
import type { Measure } from '../../../shared/domain/measure.js';
import type { Plan, PlanSummary } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import type { ProducerRow } from '../../../shared/domain/producer.js';
import { useApiQuery } from '../../api/use-api-query.js';
import type { QueryState } from '../../api/use-api-query.js';

interface Keyed<T> {
  readonly key: string;
  readonly data: T;
}

/**
 * Each answer carries the key it was asked for: after opening another plan or
 * switching organisation, the previous answer shows as loading, never as the new one's.
 */
function useKeyedQuery<T>(key: string, load: (api: CafetalApi) => Promise<T>): QueryState<T> {
  const keyed = useCallback(
    async (api: CafetalApi): Promise<Keyed<T>> => ({ key, data: await load(api) }),
    [key, load],
  );
  const state = useApiQuery(keyed);
  if (state.status !== 'ready') return state;
  return state.data.key === key ? { status: 'ready', data: state.data.data } : { status: 'loading' };
}

/** Today in the user's time zone as `YYYY-MM-DD` (what "late" is measured against). */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function usePlans(organisationId: string): QueryState<PlanSummary[]> {
  const load = useCallback((api: CafetalApi) => api.plans.list({ organisationId }), [organisationId]);
  return useKeyedQuery(organisationId, load);
}

export function usePlan(planId: string): QueryState<Plan> {
  const load = useCallback((api: CafetalApi) => api.plans.get({ id: planId }), [planId]);
  return useKeyedQuery(planId, load);
}

export function usePlanFigures(planId: string): QueryState<PlanFigures> {
  const load = useCallback((api: CafetalApi) => api.plans.figures({ id: planId, today: todayIso() }), [planId]);
  return useKeyedQuery(planId, load);
}

export function useProposals(planId: string): QueryState<Proposal[]> {
  const load = useCallback((api: CafetalApi) => api.plans.propose({ id: planId }), [planId]);
  return useKeyedQuery(planId, load);
}

/** The catalogue's current measures (shipped and the organisation's own), without archived ones. */
export function useMeasures(organisationId: string): QueryState<Measure[]> {
  const load = useCallback((api: CafetalApi) => api.measures.list({ organisationId }), [organisationId]);
  return useKeyedQuery(organisationId, load);
}

export function useProducerPlots(producerId: string): QueryState<PlotSummary[]> {
  const load = useCallback((api: CafetalApi) => api.plots.list({ producerId }), [producerId]);
  return useKeyedQuery(producerId, load);
}

export function useProducers(organisationId: string): QueryState<ProducerRow[]> {
  const load = useCallback((api: CafetalApi) => api.producers.list({ organisationId }), [organisationId]);
  return useKeyedQuery(organisationId, load);
}
