import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../renderer/features/exchange/conflict-value.js';
import { exchangeRouteFromHash } from '../../../renderer/features/exchange/exchange-routes.js';

// A 0.001° square on the equator: 0.001° of latitude is 110.5744 m (the meridian's
// degree there, WGS84) and 0.001° of longitude 111.3195 m (a · π/180 · 0.001 with
// a = 6 378 137 m), so 12 309.0 m² = 1.2309 ha.
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ],
  ],
};

describe('conflict values in words (renderer/features/exchange/conflict-value.ts)', () => {
  it('says a polygon stored as GeoJSON text by its corners and geodesic area, not its coordinates', () => {
    const described = describeValue('geometry', JSON.stringify(square));
    expect(described.kind).toBe('polygon');
    if (described.kind !== 'polygon') return;
    expect(described.vertices).toBe(4);
    expect(described.parts).toBe(1);
    expect(described.areaHa).toBeCloseTo(1.2309, 3);
  });

  it('counts the corners of every part of a multipolygon, closing positions excluded', () => {
    const multi = { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] };
    const described = describeValue('geometry', multi);
    expect(described).toMatchObject({ kind: 'polygon', parts: 2, vertices: 8 });
    if (described.kind === 'polygon') expect(described.areaHa).toBeCloseTo(2 * 1.2309, 3);
  });

  it('tells deletion, dates, numbers, lists, empties and plain text apart', () => {
    expect(describeValue('deleted_at', '2026-05-01T10:00:00.000Z')).toEqual({
      kind: 'deleted',
      at: '2026-05-01T10:00:00.000Z',
    });
    expect(describeValue('deleted_at', null)).toEqual({ kind: 'notDeleted' });
    expect(describeValue('approved_at', '2026-05-01T10:00:00.000Z').kind).toBe('dateTime');
    expect(describeValue('altitude_m', 1650)).toEqual({ kind: 'number', value: 1650 });
    expect(describeValue('certifications', '["organico","comercio_justo"]')).toEqual({
      kind: 'list',
      items: ['organico', 'comercio_justo'],
    });
    expect(describeValue('notes', '')).toEqual({ kind: 'empty' });
    expect(describeValue('name', 'El Mirador [norte]')).toEqual({ kind: 'text', text: 'El Mirador [norte]' });
    expect(describeValue('fields', '{"price":12}')).toEqual({ kind: 'composite', json: '{"price":12}' });
  });

  it('routes #/intercambio/conflictos to the review screen and anything else to the packages', () => {
    expect(exchangeRouteFromHash('#/intercambio/conflictos')).toEqual({ view: 'conflicts' });
    expect(exchangeRouteFromHash('#/intercambio')).toEqual({ view: 'packages' });
    expect(exchangeRouteFromHash('#/intercambio/otra')).toEqual({ view: 'packages' });
  });
});
