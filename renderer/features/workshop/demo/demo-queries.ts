import type { CafetalApi } from '../../../../shared/api/client-types.js';

/** Module-level loaders for useApiQuery (stable identity, see its note). */
export const loadDemoStatus = (api: CafetalApi) => api.demo.status({});
