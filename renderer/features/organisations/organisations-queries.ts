import type { CafetalApi } from '../../../shared/api/client-types.js';

/** Module-level loaders for useApiQuery (stable identity, see its note). */
export const loadOrganisations = (api: CafetalApi) => api.organisations.list({});

/**
 * The 13 provinces of the Cajamarca region (INEI), offered as suggestions;
 * the field stays free text for organisations outside the region.
 */
export const cajamarcaProvinces = [
  'Cajabamba',
  'Cajamarca',
  'Celendín',
  'Chota',
  'Contumazá',
  'Cutervo',
  'Hualgayoc',
  'Jaén',
  'San Ignacio',
  'San Marcos',
  'San Miguel',
  'San Pablo',
  'Santa Cruz',
] as const;
