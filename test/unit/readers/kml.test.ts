import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readKml } from '../../../electron/core/import/readers/kml.js';
import { expectUnreadable, fixture } from './reader-helpers.js';

const kml = (body: string): Uint8Array =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">${body}</kml>`,
  );

const square = (lon: number, lat: number) =>
  `${lon},${lat},0 ${lon + 0.001},${lat},0 ${lon + 0.001},${lat + 0.001},0 ${lon},${lat + 0.001},0 ${lon},${lat},0`;

describe('KML reader', () => {
  it('keeps the description of a CDATA placemark as plain text', () => {
    const source = readKml(fixture('kml/cdata.kml'));
    expect(source.features).toHaveLength(1);
    expect(source.features[0]?.properties).toEqual({ description: 'Here is some text' });
    expect((source.features[0]?.geometry as Point).coordinates).toEqual([-122.0822035425683, 37.42228990140251, 0]);
    expect(source.crs).toEqual({ kind: 'wgs84' });
  });

  it('keeps ExtendedData fields as columns', () => {
    const source = readKml(fixture('kml/extended_data.kml'));
    expect(source.columns).toEqual(['name', 'description', 'foo']);
    expect(source.features[0]?.properties.foo).toBe('bar');
    expect(source.features[0]?.properties.name).toBe('Extended data placemark');
  });

  it('reads a MultiGeometry of lines as a MultiLineString', () => {
    const source = readKml(fixture('kml/multigeometry.kml'));
    const geometry = source.features[0]?.geometry as MultiLineString;
    expect(geometry.type).toBe('MultiLineString');
    expect(geometry.coordinates).toHaveLength(2);
    expect(source.features[0]?.properties.name).toBe('SF Marina Harbor Master');
  });

  it('reads a MultiGeometry of polygons (a plot in two parts) as a MultiPolygon', () => {
    const body = `<Placemark><name>Lote partido</name><MultiGeometry>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>${square(-78.5, -7.1)}</coordinates></LinearRing></outerBoundaryIs></Polygon>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>${square(-78.49, -7.1)}</coordinates></LinearRing></outerBoundaryIs></Polygon>
    </MultiGeometry></Placemark>`;
    const geometry = readKml(kml(body)).features[0]?.geometry as MultiPolygon;
    expect(geometry.type).toBe('MultiPolygon');
    expect(geometry.coordinates).toHaveLength(2);
  });

  it('reads a LinearRing placemark as a closed polygon and its folder as the layer', () => {
    const source = readKml(fixture('kml/linear_ring.kml'));
    expect(source.features).toHaveLength(1);
    const feature = source.features[0];
    expect(feature?.layer).toBe('Area of Interest Boundary');
    expect(feature?.properties).toEqual({ name: 'AOI', description: 'Area of interest' });
    const ring = (feature?.geometry as Polygon).coordinates[0] ?? [];
    expect(feature?.geometry?.type).toBe('Polygon');
    expect(ring[0]).toEqual([-126, 24, 0]);
    expect(ring[ring.length - 1]).toEqual(ring[0]);
  });

  it('reads a gx:Track as a LineString with its 7 positions', () => {
    const source = readKml(fixture('kml/gxtrack.kml'));
    const line = source.features[0]?.geometry as LineString;
    expect(line.type).toBe('LineString');
    expect(line.coordinates).toHaveLength(7);
    expect(line.coordinates[0]).toEqual([-122.207881, 37.371915, 156]);
    // Per-vertex timestamps are not plot attributes.
    expect(source.columns).toEqual([]);
  });

  it('leaves out style properties but keeps names, whatever the inline styles', () => {
    const source = readKml(fixture('kml/inline_style.kml'));
    expect(source.features).toHaveLength(3);
    expect(source.columns).toEqual(['name']);
    expect(source.features.map((f) => f.layer)).toEqual([
      'Inline style test',
      'Inline style test',
      'Inline style test',
    ]);
    expect(source.features.map((f) => f.geometry?.type)).toEqual(['LineString', 'LineString', 'LineString']);
  });

  it('reads Google location history with styles, TimeSpans and empty geometries (as GDAL: 15 placemarks)', () => {
    const source = readKml(fixture('kml/addresses.kml'));
    expect(source.features).toHaveLength(15);
    expect(source.columns).toEqual(
      expect.arrayContaining(['name', 'description', 'Category', 'Distance', 'begin', 'end']),
    );
    expect(source.columns).not.toContain('styleUrl');
    expect(source.features[0]?.properties.begin).toBe('2015-07-31T17:00:00.000Z');
    const empty = source.features.filter((f) => f.geometry === null).length;
    expect(empty).toBe(8);
    expect(source.warnings).toEqual([{ code: 'FEATURES_WITHOUT_GEOMETRY', params: { count: 8 } }]);
  });

  it('keeps a placemark without geometry, with geometry null and a warning', () => {
    const source = readKml(fixture('kml/null_geometry.kml'));
    expect(source.features).toHaveLength(1);
    expect(source.features[0]?.geometry).toBeNull();
    expect(source.features[0]?.properties.name).toBe('Simple placemark');
    expect(source.warnings).toEqual([{ code: 'FEATURES_WITHOUT_GEOMETRY', params: { count: 1 } }]);
  });

  it('reads bad.kml (coordinates "no,no") as three placemarks without geometry', () => {
    const source = readKml(fixture('kml/bad.kml'));
    expect(source.features.map((f) => f.geometry)).toEqual([null, null, null]);
    expect(source.features.map((f) => f.properties.name ?? null)).toEqual([null, 'unextruded', 'hollow box']);
    expect(source.warnings).toEqual([{ code: 'FEATURES_WITHOUT_GEOMETRY', params: { count: 3 } }]);
  });

  it('names the layer by the folder path and skips ground overlays with a warning', () => {
    const body = `<Document><Folder><name>Cooperativa</name><Folder><name>Sector Norte</name>
      <Placemark><name>Lote 1</name><Point><coordinates>-78.5,-7.1</coordinates></Point></Placemark>
      </Folder></Folder>
      <Placemark><name>Suelto</name><Point><coordinates>-78.4,-7.2</coordinates></Point></Placemark>
      <GroundOverlay><name>Foto</name><Icon><href>foto.jpg</href></Icon>
        <LatLonBox><north>-7</north><south>-7.2</south><east>-78.4</east><west>-78.6</west></LatLonBox></GroundOverlay>
    </Document>`;
    const source = readKml(kml(body));
    expect(source.features.map((f) => [f.properties.name, f.layer])).toEqual([
      ['Lote 1', 'Cooperativa / Sector Norte'],
      ['Suelto', undefined],
    ]);
    expect(source.warnings).toEqual([{ code: 'UNSUPPORTED_GEOMETRY', params: { count: 1 } }]);
  });

  it('decodes a file declared as ISO-8859-1', () => {
    const text = `<?xml version="1.0" encoding="ISO-8859-1"?><kml><Placemark><name>Señor de Huamantanga</name><Point><coordinates>-78.8,-5.7</coordinates></Point></Placemark></kml>`;
    const source = readKml(new Uint8Array(Buffer.from(text, 'latin1')));
    expect(source.features[0]?.properties.name).toBe('Señor de Huamantanga');
  });

  it('refuses XML that is not KML and text that is not well-formed', () => {
    expectUnreadable(() => readKml(fixture('gpx/gdal.gpx')), 'NOT_KML');
    const truncated = fixture('kml/addresses.kml').slice(0, 3000);
    expectUnreadable(() => readKml(truncated), 'BAD_XML');
    expectUnreadable(() => readKml(new TextEncoder().encode('not xml at all')), 'BAD_XML');
  });
});
