import path from 'node:path';
import type { LineString, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGpx } from '../../../electron/core/import/readers/gpx.js';
import { geodesicDistanceM } from '../../../shared/geo/geodesic.js';
import { expectUnreadable, fixture, fixturesDir, gdal } from './reader-helpers.js';

/** A GPX track around a plot near Cajamarca; the last point lands `gapDeg` of latitude from the first. */
function walk(gapDeg: number, segments = 1): Uint8Array {
  const points: Position[] = [
    [-78.5128, -7.1617],
    [-78.5118, -7.1617],
    [-78.5118, -7.1607],
    [-78.5128, -7.1607],
    [-78.5128, -7.1617 + gapDeg],
  ];
  const trkpt = (p: Position) => `<trkpt lat="${p[1]}" lon="${p[0]}"><ele>2750</ele></trkpt>`;
  const cut = segments === 1 ? [points] : [points.slice(0, 3), points.slice(3)];
  const body = cut.map((seg) => `<trkseg>${seg.map(trkpt).join('')}</trkseg>`).join('');
  return new TextEncoder().encode(
    `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Lote La Esperanza</name>${body}</trk></gpx>`,
  );
}

describe('GPX reader', () => {
  it('reads a track walked around a plot (ends 20 m apart) as a closed Polygon', () => {
    const source = readGpx(walk(0.00018));
    const feature = source.features[0];
    const ring = (feature?.geometry as Polygon).coordinates[0] ?? [];
    expect(feature?.geometry?.type).toBe('Polygon');
    expect(ring).toHaveLength(6);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
    expect(geodesicDistanceM(ring[0] as Position, ring[4] as Position)).toBeLessThan(50);
    expect(feature?.layer).toBe('track');
    expect(feature?.properties).toEqual({ name: 'Lote La Esperanza' });
    expect(source.warnings).toEqual([]);
    expect(source.crs).toEqual({ kind: 'wgs84' });
  });

  it('joins the segments of a paused walk before deciding it is closed', () => {
    expect(readGpx(walk(0.00018, 2)).features[0]?.geometry?.type).toBe('Polygon');
  });

  it('keeps a track whose ends are 80 m apart as a LineString, with a warning', () => {
    const source = readGpx(walk(0.00072));
    expect(source.features[0]?.geometry?.type).toBe('LineString');
    expect(source.warnings).toEqual([{ code: 'OPEN_TRACK_KEPT_AS_LINE', params: { count: 1 } }]);
  });

  it("reads GDAL's sample: waypoints with name, ele and time, a route and a two-segment track", () => {
    const source = readGpx(fixture('gpx/gdal.gpx'));
    expect(source.features.map((f) => [f.layer, f.geometry?.type])).toEqual([
      ['track', 'MultiLineString'],
      ['route', 'LineString'],
      ['waypoint', 'Point'],
      ['waypoint', 'Point'],
    ]);
    const waypoint = source.features[2];
    expect((waypoint?.geometry as Point).coordinates).toEqual([1, 0, 2]);
    expect(waypoint?.properties).toMatchObject({ name: 'waypoint name', ele: 2, time: '2007-11-25T17:58:00+01:00' });
    expect(waypoint?.properties.desc).toBe('waypoint description');
    expect(source.features[1]?.properties.name).toBe('route name');
    expect(source.warnings).toEqual([{ code: 'OPEN_TRACK_KEPT_AS_LINE', params: { count: 2 } }]);
    // GDAL reads the same waypoint (it keeps ele as a field, we keep it as both).
    const info = gdal('ogrinfo', [
      '-ro',
      '-q',
      '-where',
      "name = 'waypoint name'",
      path.join(fixturesDir, 'gpx', 'gdal.gpx'),
      'waypoints',
    ]);
    expect(info).toContain('POINT (1 0)');
    expect(info).toContain('ele (Real) = 2');
  });

  it('reads a Strava-style run: track attributes only, not the per-point heart rate', () => {
    const source = readGpx(fixture('gpx/Friday-Evening-Run.gpx'));
    expect(source.features).toHaveLength(1);
    expect(source.features[0]?.properties).toEqual({
      name: 'Friday Evening Run',
      type: 'running',
      time: '2025-05-02T15:51:15.692Z',
    });
    expect(source.features[0]?.geometry?.type).toBe('MultiLineString');
  });

  it('reads every track of north_core.gpx with the attributes GDAL wrote into <extensions>', () => {
    const source = readGpx(fixture('gpx/north_core.gpx'));
    expect(source.features).toHaveLength(10);
    expect(source.features[0]?.properties.ogr_CODE_PAYS).toBe('BEN');
    const first = source.features[0]?.geometry as LineString;
    expect(first.coordinates).toEqual([
      [2.665278, 10.228889],
      [2.933333, 11.133333],
    ]);
  });

  it('refuses a file with no readable point (bad.gpx, empty_trk.gpx) through NO_FEATURES upstream', () => {
    expect(readGpx(fixture('gpx/bad.gpx')).features).toEqual([]);
    expect(readGpx(fixture('gpx/empty_trk.gpx')).features).toEqual([]);
  });

  it('refuses XML that is not GPX', () => {
    expectUnreadable(() => readGpx(fixture('kml/cdata.kml')), 'NOT_GPX');
    expectUnreadable(() => readGpx(fixture('gpx/gdal.gpx').slice(0, 500)), 'BAD_XML');
  });
});
