import { describe, expect, it } from 'vitest';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import {
  coordinateRings,
  formatCoordinate,
  vertexColumns,
  vertexCount,
} from '../../../renderer/features/reports/plot-sheets/coordinate-rows.js';
import {
  eudrGeolocation,
  ringsWithRoundingDuplicates,
  ringsWithTooFewVertices,
} from '../../../renderer/features/reports/plot-sheets/eudr-status.js';
import { plotSheets } from '../../../renderer/features/reports/plot-sheets/plot-sheet-model.js';

describe('coordinates with six decimals', () => {
  it('rounds at the 6th decimal, keeps trailing zeros and never signs zero', () => {
    expect(formatCoordinate(-78.8123456)).toBe('-78.812346');
    expect(formatCoordinate(-5.1)).toBe('-5.100000');
    expect(formatCoordinate(-0.0000001)).toBe('0.000000');
    expect(formatCoordinate(0)).toBe('0.000000');
  });
});

describe('coordinate table rows', () => {
  it('lists a polygon ring without its closing vertex, lon before lat, numbered from 1', () => {
    const rings = coordinateRings({
      type: 'Polygon',
      coordinates: [
        [
          [-78.81, -5.71],
          [-78.8095, -5.71],
          [-78.8095, -5.7095],
          [-78.81, -5.71],
        ],
      ],
    });
    expect(rings).toEqual([
      {
        role: { kind: 'exterior', part: null },
        vertices: [
          { n: 1, lon: '-78.810000', lat: '-5.710000', duplicateAfterRounding: false },
          { n: 2, lon: '-78.809500', lat: '-5.710000', duplicateAfterRounding: false },
          { n: 3, lon: '-78.809500', lat: '-5.709500', duplicateAfterRounding: false },
        ],
      },
    ]);
    expect(vertexCount(rings)).toBe(3);
  });

  it('gives a point one row, and a multipolygon its parts and holes in turn', () => {
    expect(coordinateRings({ type: 'Point', coordinates: [-78.5, -6.25, 1650] })).toEqual([
      {
        role: { kind: 'point' },
        vertices: [{ n: 1, lon: '-78.500000', lat: '-6.250000', duplicateAfterRounding: false }],
      },
    ]);
    const square = (x: number, y: number, d: number) => [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ];
    const rings = coordinateRings({
      type: 'MultiPolygon',
      coordinates: [[square(-78, -6, 0.01), square(-77.996, -5.996, 0.002)], [square(-77.9, -6, 0.01)]],
    });
    expect(rings.map((ring) => ring.role)).toEqual([
      { kind: 'exterior', part: 1 },
      { kind: 'hole', part: 1, hole: 1 },
      { kind: 'exterior', part: 2 },
    ]);
    expect(rings.map((ring) => ring.vertices.length)).toEqual([4, 4, 4]);
    expect(rings[1]?.vertices[2]).toEqual({ n: 3, lon: '-77.994000', lat: '-5.994000', duplicateAfterRounding: false });
  });

  it('flags vertices that become duplicates once rounded to 6 decimals, including across the closing joint', () => {
    const rings = coordinateRings({
      type: 'Polygon',
      coordinates: [
        [
          [-78.1000001, -5.2],
          [-78.1000004, -5.2000002], // same as vertex 1 at 6 decimals
          [-78.099, -5.2],
          [-78.099, -5.199],
          [-78.1000003, -5.1999999], // rounds to vertex 1 as well (-78.100000, -5.200000): the ring closes on a repeat
          [-78.1000001, -5.2],
        ],
      ],
    });
    expect(rings[0]?.vertices.map((v) => v.duplicateAfterRounding)).toEqual([false, true, false, false, true]);
    expect(ringsWithRoundingDuplicates(rings)).toBe(1);
    expect(ringsWithTooFewVertices(rings)).toBe(0);
    const collapsed = coordinateRings({
      type: 'Polygon',
      coordinates: [
        [
          [-78.1, -5.2],
          [-78.1000001, -5.2000001],
          [-78.099, -5.2],
          [-78.1, -5.2],
        ],
      ],
    });
    expect(ringsWithTooFewVertices(collapsed)).toBe(1);
  });

  it('lays vertices out in side-by-side sets read down then across', () => {
    expect(vertexColumns([1, 2, 3, 4, 5, 6], 3)).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
    expect(vertexColumns([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 4, 7],
      [2, 5, null],
      [3, 6, null],
    ]);
    expect(vertexColumns([1], 3)).toEqual([[1, null, null]]);
    expect(vertexColumns([], 3)).toEqual([]);
  });
});

describe('EUDR geolocation', () => {
  it('asks for a polygon above 4 ha only', () => {
    expect(eudrGeolocation('Point', 4)).toBe('point_ok');
    expect(eudrGeolocation('Point', 4.01)).toBe('point_needs_polygon');
    expect(eudrGeolocation('Polygon', 12)).toBe('polygon');
    expect(eudrGeolocation('MultiPolygon', 0.3)).toBe('polygon');
  });
});

describe('plot sheets in print order', () => {
  const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const feature = (
    id: number,
    name: string,
    producer: number,
    producerName: string,
    geometry: PlotGeometry,
    areaHa: number,
  ) => ({
    type: 'Feature' as const,
    id: ID(id),
    geometry,
    properties: {
      id: ID(id),
      name,
      producerId: ID(producer),
      producerName,
      variety: '',
      productionSystem: '',
      areaHa,
      warningCount: 0,
    },
  });

  it('sorts by family then plot name (numeric), and carries member code, place, parts and EUDR findings', () => {
    const sheets = plotSheets(
      {
        type: 'FeatureCollection',
        features: [
          feature(1, 'Parcela 10', 7, 'Quispe, Ana', { type: 'Point', coordinates: [-78.5, -6.2] }, 4.5),
          feature(2, 'Parcela 2', 7, 'Quispe, Ana', { type: 'Point', coordinates: [-78.6, -6.2] }, 0.8),
          feature(
            3,
            'El Alto',
            8,
            'Álvarez, Luis',
            {
              type: 'MultiPolygon',
              coordinates: [
                [
                  [
                    [-78, -6],
                    [-77.999, -6],
                    [-77.999, -5.999],
                    [-78, -6],
                  ],
                ],
                [
                  [
                    [-77.99, -6],
                    [-77.989, -6],
                    [-77.989, -5.999],
                    [-77.99, -6],
                  ],
                ],
              ],
            },
            2.1,
          ),
        ],
      },
      new Map([
        [ID(7), { memberCode: 'C-007', community: 'La Palma', district: 'Huabal' }],
        [ID(8), { memberCode: 'C-008', community: '', district: 'Jaén' }],
      ]),
      'es-PE',
    );
    expect(sheets.map((s) => [s.n, s.name, s.producerName, s.memberCode, s.place])).toEqual([
      [1, 'El Alto', 'Álvarez, Luis', 'C-008', 'Jaén'],
      [2, 'Parcela 2', 'Quispe, Ana', 'C-007', 'La Palma, Huabal'],
      [3, 'Parcela 10', 'Quispe, Ana', 'C-007', 'La Palma, Huabal'],
    ]);
    expect(sheets.map((s) => [s.parts, s.vertices, s.geolocation])).toEqual([
      [2, 6, 'polygon'],
      [1, 1, 'point_ok'],
      [1, 1, 'point_needs_polygon'],
    ]);
  });
});
