import type { CafetalApi } from '../../../shared/api/client-types.js';

/** Module-level loaders for useApiQuery (stable identity, see its note). */
export const loadExchangeStatus = (api: CafetalApi) => api.exchange.status({});
export const loadConflicts = (api: CafetalApi) => api.exchange.conflicts({});
