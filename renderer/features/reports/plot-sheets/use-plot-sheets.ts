import { useCallback } from 'react';
import type { CafetalApi } from '../../../../shared/api/client-types.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import type { QueryState } from '../../../api/use-api-query.js';
import { loadPlotSheets } from './plot-sheets-data.js';
import type { PlotSheetsData, PlotSheetsScope } from './plot-sheets-data.js';

/** One family's or one organisation's plots with their geometry, read once for the print. */
export function usePlotSheets(scope: PlotSheetsScope, id: string): QueryState<PlotSheetsData> {
  const load = useCallback((api: CafetalApi) => loadPlotSheets(api, scope, id), [scope, id]);
  return useApiQuery(load);
}
