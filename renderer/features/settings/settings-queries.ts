import type { CafetalApi } from '../../../shared/api/client-types.js';

/** Module-level loaders for useApiQuery (stable identity, see its note). */
export const loadSettings = (api: CafetalApi) => api.settings.get({});
export const loadBackups = (api: CafetalApi) => api.backups.list({});
