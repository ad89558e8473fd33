import { useCallback } from 'react';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import type { PlotRiskCard, RiskRow, RiskStatus, RiskSummary } from '../../../shared/api/risk.js';
import type { ScenarioId } from '../../../shared/domain/hazard.js';
import { useApiQuery } from '../../api/use-api-query.js';
import type { QueryState } from '../../api/use-api-query.js';

interface Keyed<T> {
  readonly key: string;
  readonly data: T;
}

/**
 * Each answer carries the key it was asked for: after switching organisation,
 * scenario or plot, the previous answer shows as loading, never as the new one's.
 */
function forKey<T>(state: QueryState<Keyed<T>>, key: string): QueryState<T> {
  if (state.status !== 'ready') return state;
  return state.data.key === key ? { status: 'ready', data: state.data.data } : { status: 'loading' };
}

/** How many plots are up to date, stale or never analysed; reloads after every write. */
export function useRiskStatus(organisationId: string): QueryState<RiskStatus> {
  const load = useCallback(
    async (api: CafetalApi) => ({ key: organisationId, data: await api.risk.status({ organisationId }) }),
    [organisationId],
  );
  return forKey(useApiQuery(load), organisationId);
}

/** Plots and hectares per level, and each producer's profile, for every scenario. */
export function useRiskSummary(organisationId: string): QueryState<RiskSummary> {
  const load = useCallback(
    async (api: CafetalApi) => ({ key: organisationId, data: await api.risk.summary({ organisationId }) }),
    [organisationId],
  );
  return forKey(useApiQuery(load), organisationId);
}

/** Every analysed plot's levels for one scenario. */
export function useRiskResults(organisationId: string, scenarioId: ScenarioId): QueryState<RiskRow[]> {
  const key = `${organisationId}/${scenarioId}`;
  const load = useCallback(
    async (api: CafetalApi) => ({ key, data: await api.risk.results({ organisationId, scenarioId }) }),
    [key, organisationId, scenarioId],
  );
  return forKey(useApiQuery(load), key);
}

/** One plot's risk card. */
export function usePlotRisk(plotId: string): QueryState<PlotRiskCard> {
  const load = useCallback(
    async (api: CafetalApi) => ({ key: plotId, data: await api.risk.plot({ plotId }) }),
    [plotId],
  );
  return forKey(useApiQuery(load), plotId);
}
