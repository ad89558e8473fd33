import { useCallback } from 'react';
import type { CafetalApi } from '../../../../shared/api/client-types.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import type { QueryState } from '../../../api/use-api-query.js';
import { todayIso } from '../../plans/use-plan-queries.js';
import { loadOrgPlanReport } from './org-plan-data.js';
import type { OrgPlanReportData } from './org-plan-data.js';

/** The organisation plan report's data, read once for the print (late actions as of today). */
export function useOrgPlanReport(planId: string): QueryState<OrgPlanReportData> {
  const load = useCallback((api: CafetalApi) => loadOrgPlanReport(api, planId, todayIso()), [planId]);
  return useApiQuery(load);
}
