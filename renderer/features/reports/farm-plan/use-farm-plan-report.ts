import { useCallback } from 'react';
import type { CafetalApi } from '../../../../shared/api/client-types.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import type { QueryState } from '../../../api/use-api-query.js';
import { todayIso } from '../../plans/use-plan-queries.js';
import { loadFarmPlanReport } from './farm-plan-data.js';
import type { FarmPlanReportData } from './farm-plan-data.js';

/** The farm plan report's data, read once for the print (late actions as of today, as on screen). */
export function useFarmPlanReport(planId: string): QueryState<FarmPlanReportData> {
  const load = useCallback((api: CafetalApi) => loadFarmPlanReport(api, planId, todayIso()), [planId]);
  return useApiQuery(load);
}
