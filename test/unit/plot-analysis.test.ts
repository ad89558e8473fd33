import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { analysePlotGeometry, hasBlockingIssue } from '../../shared/geo/plot-analysis.js';
import { peruTest } from '../../electron/core/geo/peru-boundary.js';

/** A square of `sideDeg` degrees with its south-west corner at (lon, lat). */
const square = (lon: number, lat: number, sideDeg: number): Polygon => ({
  type: 'Polygon',
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
const codes = (geometry: Parameters<typeof analysePlotGeometry>[0], options = {}) =>
  analysePlotGeometry(geometry, { region: 'Cajamarca', peru: peruTest, ...options }).issues.map((i) => i.code);

// Near San Ignacio (about 1,300 msnm coffee country): a ~1.2 ha plot.
const SAN_IGNACIO: [number, number] = [-78.99, -5.15];
const plot = square(...SAN_IGNACIO, 0.001);

describe('plot geometry analysis', () => {
  it('passes a clean plot in Cajamarca with no findings and an inside centroid', () => {
    const result = analysePlotGeometry(plot, { region: 'Cajamarca', peru: peruTest });
    expect(result.issues).toEqual([]);
    expect(result.measures?.areaHa).toBeCloseTo(1.226, 2);
    expect(result.measures?.perimeterM).toBeCloseTo(443, 0);
    expect(result.measures?.centroid[0]).toBeCloseTo(-78.9895, 6);
    [-78.99, -5.15, -78.989, -5.149].forEach((edge, i) => expect(result.measures?.bbox[i]).toBeCloseTo(edge, 9));
  });

  it('closes an unclosed ring and says so', () => {
    const open: Polygon = { type: 'Polygon', coordinates: [plot.coordinates[0]!.slice(0, 4)] };
    const result = analysePlotGeometry(open);
    expect(result.issues.map((i) => [i.code, i.level])).toEqual([['RING_CLOSED', 'info']]);
    const ring = (result.geometry as Polygon).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    expect(result.measures?.areaHa).toBeCloseTo(analysePlotGeometry(plot).measures!.areaHa, 9);
  });

  it('refuses fewer than 3 distinct vertices', () => {
    const sliver: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-78.99, -5.15],
          [-78.98, -5.15],
          [-78.99, -5.15],
          [-78.98, -5.15],
        ],
      ],
    };
    const result = analysePlotGeometry(sliver);
    expect(result.issues.map((i) => i.code)).toContain('TOO_FEW_VERTICES');
    expect(result.measures).toBeNull();
    expect(hasBlockingIssue(result.issues)).toBe(true);
  });

  it('finds a self-intersection and points to where the edges cross', () => {
    // A bow tie: its edges cross at the middle of the square.
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-78.99, -5.15],
          [-78.98, -5.14],
          [-78.98, -5.15],
          [-78.99, -5.14],
          [-78.99, -5.15],
        ],
      ],
    };
    const result = analysePlotGeometry(bowTie);
    const issue = result.issues.find((i) => i.code === 'SELF_INTERSECTION');
    expect(issue?.level).toBe('error');
    expect(issue?.at).toHaveLength(1);
    expect(issue?.at[0]?.[0]).toBeCloseTo(-78.985, 9);
    expect(issue?.at[0]?.[1]).toBeCloseTo(-5.145, 9);
    // Its halves cancel out to ~0 ha: no "too small" warning on top of the real problem.
    expect(result.issues.map((i) => i.code)).toEqual(['SELF_INTERSECTION']);
  });

  it('drops a vertex repeated in a row instead of calling it a crossing', () => {
    const ring = plot.coordinates[0]!;
    const stuttered: Polygon = {
      type: 'Polygon',
      coordinates: [[ring[0]!, ring[1]!, ring[1]!, ring[2]!, ring[3]!, ring[0]!]],
    };
    const result = analysePlotGeometry(stuttered);
    expect(result.issues).toEqual([]);
    expect((result.geometry as Polygon).coordinates[0]).toHaveLength(5);
  });

  it('warns under 0.01 ha and over 50 ha', () => {
    expect(codes(square(...SAN_IGNACIO, 0.00005))).toEqual(['AREA_TOO_SMALL']); // ~31 m²
    expect(codes(square(...SAN_IGNACIO, 0.01))).toEqual(['AREA_TOO_LARGE']); // ~122 ha
  });

  it('refuses a plot outside Peru, warns near the border and outside the region', () => {
    expect(codes(square(-79.2, -4.0, 0.001))).toContain('OUTSIDE_PERU'); // Loja, Ecuador
    expect(codes(square(-77.05, -12.05, 0.001))).toEqual(['OUTSIDE_REGION']); // Lima
    // Swapped lat/lon, the classic spreadsheet mistake, lands in the Antarctic Ocean.
    expect(codes({ type: 'Point', coordinates: [-5.15, -78.99] }, { declaredAreaHa: 1 })).toContain('OUTSIDE_PERU');
  });

  it('needs a declared area for a point plot, and compares a declared area with the mapped one', () => {
    expect(codes({ type: 'Point', coordinates: SAN_IGNACIO })).toEqual(['POINT_NEEDS_AREA']);
    const point = analysePlotGeometry({ type: 'Point', coordinates: [...SAN_IGNACIO, 1320] }, { declaredAreaHa: 2 });
    expect(point.issues).toEqual([]);
    expect(point.measures?.areaHa).toBe(2);
    expect(point.geometry).toEqual({ type: 'Point', coordinates: SAN_IGNACIO });
    expect(codes(plot, { declaredAreaHa: 2 })).toEqual(['DECLARED_AREA_DIFFERS']);
    expect(codes(plot, { declaredAreaHa: 1.2 })).toEqual([]);
  });

  it('accepts every real district outline of Cajamarca as inside Peru and the region', () => {
    const fixture = path.resolve(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'shared',
      'fixtures',
      'admin',
      'cajamarca_distritos.geojson',
    );
    const districts = JSON.parse(fs.readFileSync(fixture, 'utf8')) as FeatureCollection<Polygon>;
    for (const d of districts.features.slice(0, 40)) {
      const issues = codes(d.geometry).filter((c) => c !== 'AREA_TOO_LARGE');
      expect(issues, String(d.properties?.NOMBDIST)).toEqual([]);
    }
  });
});
