import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaHa, geodesicDistanceM, geodesicMeasures, geodesicPerimeterM } from '../../shared/geo/geodesic.js';

const fixtures = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'admin');

function gdalAreasHa(): Map<string, number> {
  const lines = fs.readFileSync(path.join(fixtures, 'cajamarca_distritos_area_gdal.csv'), 'utf8').trim().split('\n');
  const areas = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const [id, , , area] = line.split(',');
    areas.set((id ?? '').replaceAll('"', ''), Number(area));
  }
  return areas;
}

describe('geodesic area on the WGS84 ellipsoid', () => {
  it('matches GDAL within 0.01 % for every one of the 127 districts of Cajamarca', () => {
    const reference = gdalAreasHa();
    const districts = JSON.parse(
      fs.readFileSync(path.join(fixtures, 'cajamarca_distritos.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon, { IDDIST: string }>;
    expect(districts.features).toHaveLength(127);
    expect(reference.size).toBe(127);
    let worst = 0;
    for (const feature of districts.features) {
      const expected = reference.get(feature.properties.IDDIST);
      expect(expected, feature.properties.IDDIST).toBeDefined();
      const relative = Math.abs(geodesicAreaHa(feature.geometry) - (expected as number)) / (expected as number);
      worst = Math.max(worst, relative);
      expect(relative, feature.properties.IDDIST).toBeLessThan(1e-4);
    }
    // Measured: worst 0.0079 % (GDAL/SpatiaLite approximates the ellipsoid; we follow RFC 7946 edges exactly).
    expect(worst).toBeLessThan(0.8e-4);
  });

  it('computes a 100 m × 100 m square near Jaén as 1 ha with a 400 m perimeter', () => {
    // 100 m north-south is 100/110_570 m per degree of latitude at 5.7° S (WGS84 meridian arc);
    // east-west, 100 m is 100/(111_320·cos φ) m per degree of longitude (close enough at this size).
    const lat0 = -5.7;
    const dLat = 100 / 110_590;
    const dLon = 100 / (111_320 * Math.cos((lat0 * Math.PI) / 180));
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-78.8, lat0],
          [-78.8 + dLon, lat0],
          [-78.8 + dLon, lat0 + dLat],
          [-78.8, lat0 + dLat],
          [-78.8, lat0],
        ],
      ],
    };
    expect(geodesicAreaHa(square)).toBeCloseTo(1, 2);
    expect(geodesicPerimeterM(square)).toBeCloseTo(400, 0);
    expect(geodesicMeasures(square)).toEqual({
      areaHa: geodesicAreaHa(square),
      perimeterM: geodesicPerimeterM(square),
    });
  });

  it('subtracts holes and adds the parts of a MultiPolygon; ring orientation does not matter', () => {
    const ring = (x: number, y: number, size: number) => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    const outer = ring(-78.8, -5.7, 0.01);
    const hole = ring(-78.797, -5.697, 0.002);
    const withHole = geodesicAreaHa({ type: 'Polygon', coordinates: [outer, hole] });
    const outerOnly = geodesicAreaHa({ type: 'Polygon', coordinates: [outer] });
    const holeOnly = geodesicAreaHa({ type: 'Polygon', coordinates: [hole] });
    expect(withHole).toBeCloseTo(outerOnly - holeOnly, 6);
    expect(geodesicAreaHa({ type: 'Polygon', coordinates: [[...outer].reverse()] })).toBeCloseTo(outerOnly, 9);
    const two = geodesicAreaHa({ type: 'MultiPolygon', coordinates: [[outer], [ring(-78.7, -5.7, 0.01)]] });
    expect(two).toBeCloseTo(2 * outerOnly, 3);
  });

  it('measures geodesic distance: one degree of latitude at the equator is 110,574 m', () => {
    expect(geodesicDistanceM([0, 0], [0, 1])).toBeCloseTo(110_574.4, 0);
  });
});
