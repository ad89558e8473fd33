import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import * as polyclip from 'polyclip-ts';
import { describe, expect, it } from 'vitest';
import { ringsAreSimple } from '../../../electron/core/risk/piece-overlaps.js';
import { buildVectorLayerIndex, type Pair } from '../../../electron/core/risk/vector-layer-index.js';

const admin = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'admin');

const ring = (...points: Pair[]): Pair[] => [...points, [...(points[0] as Pair)]];
const square = (x0: number, y0: number, x1: number, y1: number): Pair[] => ring([x0, y0], [x1, y0], [x1, y1], [x0, y1]);
const polygon = (...rings: Pair[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
/** overlapFree of each piece, in input order (none of these is large enough to be tiled). */
const free = (...polygons: Polygon[]): boolean[] =>
  buildVectorLayerIndex(polygons.map((geometry) => ({ level: 'medio' as const, geometry })))
    .pieces.slice()
    .sort((a, b) => a.featureIndex - b.featureIndex)
    .map((piece) => piece.overlapFree);

describe('simple rings', () => {
  it('accepts a square and a triangle, either winding', () => {
    expect(ringsAreSimple([square(0, 0, 1, 1)])).toBe(true);
    expect(ringsAreSimple([ring([0, 0], [0, 1], [1, 0])])).toBe(true);
  });

  it('rejects a bow-tie, a spike, and a hole touching its outer ring', () => {
    expect(ringsAreSimple([ring([0, 0], [1, 1], [1, 0], [0, 1])])).toBe(false);
    expect(ringsAreSimple([ring([0, 0], [2, 0], [2, 1], [3, 1], [2, 1], [2, 2], [0, 2])])).toBe(false);
    expect(ringsAreSimple([square(0, 0, 4, 4), square(0, 1, 2, 2)])).toBe(false);
  });
});

describe('overlap-free pieces', () => {
  it('are neighbours sharing an edge, or meeting along it at a T-junction', () => {
    expect(free(polygon(square(0, 0, 1, 1)), polygon(square(1, 0, 2, 1)))).toEqual([true, true]);
    expect(free(polygon(square(0, 0, 2, 2)), polygon(square(2, 0, 4, 1)), polygon(square(2, 1, 4, 2.5)))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('include a ring with a hole and the polygon filling the hole', () => {
    expect(free(polygon(square(0, 0, 4, 4), square(1, 1, 3, 3)), polygon(square(1, 1, 3, 3)))).toEqual([true, true]);
  });

  it('exclude overlapping, duplicated and nested pieces, touching or not', () => {
    expect(free(polygon(square(0, 0, 2, 2)), polygon(square(1, 1, 3, 3)))).toEqual([false, false]);
    expect(free(polygon(square(0, 0, 1, 1)), polygon(square(0, 0, 1, 1)))).toEqual([false, false]);
    expect(free(polygon(square(0, 0, 4, 4)), polygon(square(1, 1, 2, 2)))).toEqual([false, false]);
    expect(free(polygon(square(0, 0, 4, 4)), polygon(square(0, 1, 2, 2)))).toEqual([false, false]);
    // Only the overlapping pair is flagged, not their other neighbour.
    expect(free(polygon(square(0, 0, 1, 1)), polygon(square(0.5, 0, 1.5, 1)), polygon(square(5, 0, 6, 1)))).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("find Cajamarca's 127 districts a clean coverage, and exactly the districts a province polygon overlaps", () => {
    type Admin = FeatureCollection<Polygon, { NOMBPROV: string }>;
    const districts = JSON.parse(fs.readFileSync(path.join(admin, 'cajamarca_distritos.geojson'), 'utf8')) as Admin;
    const provinces = JSON.parse(fs.readFileSync(path.join(admin, 'cajamarca_provincias.geojson'), 'utf8')) as Admin;
    expect(free(...districts.features.map((f) => f.geometry)).every(Boolean)).toBe(true);
    const cutervo = provinces.features.find((f) => f.properties.NOMBPROV === 'CUTERVO')?.geometry as Polygon;
    const flags = free(...districts.features.map((f) => f.geometry), cutervo);
    // Reference: polyclip-ts's intersection of each district with the province has an area.
    const overlapping = districts.features.map((f) => {
      const common = polyclip.intersection(f.geometry.coordinates as Pair[][], cutervo.coordinates as Pair[][]);
      return common.some((p) => polygonAreaDeg2(p[0] as Pair[]) > 1e-12);
    });
    expect(flags.slice(0, -1)).toEqual(overlapping.map((o) => !o));
    expect(overlapping.filter(Boolean).length).toBeGreaterThan(15);
    expect(flags.at(-1)).toBe(false);
  });
});

function polygonAreaDeg2(points: Pair[]): number {
  let sum = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const [a, b] = [points[i] as Pair, points[i + 1] as Pair];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}
