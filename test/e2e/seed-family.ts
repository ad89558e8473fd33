import type { APIRequestContext } from '@playwright/test';
import type { InputOf } from '../../shared/api/contract.js';
import { call } from './api-call.js';

/** A square plot of `sideDeg` degrees with its south-west corner at (lon, lat). */
export const square = (lon: number, lat: number, sideDeg: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + sideDeg, lat],
      [lon + sideDeg, lat + sideDeg],
      [lon, lat + sideDeg],
      [lon, lat],
    ],
  ],
});

/**
 * An active organisation, one family (Rosa Huamán Tocto) and her ~1.2 ha plot
 * "El Mirador" near San Ignacio; `plot` sets what a test needs of it (variety,
 * altitude…). Set up through the same API the app uses.
 */
export async function seedFamily(request: APIRequestContext, url: string, plot: Partial<InputOf<'plots.create'>> = {}) {
  const organisation = await call(request, url, 'organisations.create', {
    name: 'Cooperativa Agraria Frontera San Ignacio',
    type: 'cooperativa',
  });
  await call(request, url, 'settings.update', { activeOrganisationId: organisation.id });
  const producer = await call(request, url, 'producers.create', {
    organisationId: organisation.id,
    memberCode: 'F-001',
    names: 'Rosa Huamán Tocto',
  });
  const created = await call(request, url, 'plots.create', {
    producerId: producer.id,
    name: 'El Mirador',
    geometry: square(-78.99, -5.15, 0.001),
    ...plot,
  });
  return { organisation, producer, plot: created };
}
