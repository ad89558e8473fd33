import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/core/import/readers/csv.js';
import type { CsvOptions } from '../../../electron/core/import/source-types.js';
import { expectUnreadable } from './reader-helpers.js';

const csv = (text: string, options?: CsvOptions) => readCsv(new TextEncoder().encode(text), options);
const coordinatesOf = (source: ReturnType<typeof readCsv>) =>
  source.features.map((f) => (f.geometry as Point | null)?.coordinates ?? null);

describe('CSV reader', () => {
  it('reads latitude/longitude columns as WGS84 points and keeps every column as text', () => {
    const source = csv('codigo,latitud,longitud,dni\nP-01,-7.1617,-78.5128,04123456\nP-02,-7.2,-78.4,40000001\n');
    expect(source.format).toBe('csv');
    expect(source.crs).toEqual({ kind: 'wgs84' });
    expect(coordinatesOf(source)).toEqual([
      [-78.5128, -7.1617],
      [-78.4, -7.2],
    ]);
    expect(source.columns).toEqual(['codigo', 'latitud', 'longitud', 'dni']);
    // A DNI keeps its leading zero: values stay text.
    expect(source.features[0]?.properties).toEqual({
      codigo: 'P-01',
      latitud: '-7.1617',
      longitud: '-78.5128',
      dni: '04123456',
    });
  });

  it("reads a Spanish Excel export: ';' delimiter, decimal commas, accented headers", () => {
    const text =
      'Código;Productor;LATITUD;Longitud (°);Área (ha)\nP-01;María Añaños;-7,1617;-78,5128;1,5\nP-02;José Peña;-7,2;-78,4;0,75\n';
    const source = csv(text);
    expect(coordinatesOf(source)).toEqual([
      [-78.5128, -7.1617],
      [-78.4, -7.2],
    ]);
    expect(source.features[0]?.properties.Productor).toBe('María Añaños');
    expect(source.features[0]?.properties['Área (ha)']).toBe('1,5');
    expect(source.warnings).toEqual([]);
  });

  it('reads UTM easting/northing with the zone from a zona column ("17S") as EPSG:32717', () => {
    const text = 'codigo,este,norte,zona\nA,774702.311,9207632.015,17S\nB,722811.055,9430403.968,17S\n';
    const source = csv(text);
    expect(source.crs).toEqual({ kind: 'epsg', code: 32717 });
    expect(coordinatesOf(source)[0]).toEqual([774702.311, 9207632.015]);
  });

  it('accepts zone spellings "18", "18 S", "18M"', () => {
    for (const zone of ['18', '18 S', '18M', 'Zona 18']) {
      expect(csv(`x,y,zone\n111905.5,9206891.1,${zone}\n`).crs).toEqual({ kind: 'epsg', code: 32718 });
    }
  });

  it('leaves the CRS open (the import asks) when the file does not say the zone, and takes it from the options', () => {
    const text = 'Este;Norte\n774702,3;9207632,0\n';
    expect(csv(text).crs).toEqual({ kind: 'none' });
    expect(coordinatesOf(csv(text))).toEqual([[774702.3, 9207632]]);
    const source = csv(text, { utmZone: 17 });
    expect(source.crs).toEqual({ kind: 'epsg', code: 32717 });
    expect(coordinatesOf(source)).toEqual([[774702.3, 9207632]]);
    expectUnreadable(() => csv(text, { utmZone: 61 }), 'CSV_NEEDS_UTM_ZONE');
  });

  it('refuses rows in two UTM zones (Celendín straddles 17 and 18) unless a zone is chosen', () => {
    const text = 'este,norte,zona\n774702,9207632,17\n180000,9240000,18\n';
    const error = expectUnreadable(() => csv(text), 'CSV_NEEDS_UTM_ZONE');
    expect(error.details).toMatchObject({ zones: [17, 18] });
  });

  it('lets explicit columns override the guesses', () => {
    const text = 'lat,lon,gps_x,gps_y\n1,2,-78.5,-7.1\n';
    const source = csv(text, { lonColumn: 'gps_x', latColumn: 'GPS_Y' });
    expect(coordinatesOf(source)).toEqual([[-78.5, -7.1]]);
    const utm = csv('a,b\n774702,9207632\n', { eastingColumn: 'a', northingColumn: 'b', utmZone: 17 });
    expect(utm.crs).toEqual({ kind: 'epsg', code: 32717 });
    expectUnreadable(() => csv(text, { lonColumn: 'nope', latColumn: 'lat' }), 'CSV_NO_COORDINATE_COLUMNS');
  });

  it('reads x/y in degrees as points with no CRS said (the importer checks the values)', () => {
    const source = csv('x\ty\tnombre\n-78.5\t-7.1\tLote 1\n');
    expect(source.crs).toEqual({ kind: 'none' });
    expect(coordinatesOf(source)).toEqual([[-78.5, -7.1]]);
  });

  it('keeps rows with empty or unreadable coordinates, without geometry, and warns', () => {
    const source = csv("nombre,lat,lon\nA,-7.1,-78.5\nB,,\nC,7°09'S,-78.5\n");
    expect(coordinatesOf(source)).toEqual([[-78.5, -7.1], null, null]);
    expect(source.warnings).toEqual([{ code: 'FEATURES_WITHOUT_GEOMETRY', params: { count: 2 } }]);
    expect(source.features[1]?.properties).toEqual({ nombre: 'B', lat: null, lon: null });
  });

  it('reads windows-1252 text (Excel on Windows) and warns that it assumed it', () => {
    const bytes = new Uint8Array(Buffer.from('productor;lat;lon\nMaría Añaños;-7,1;-78,5\n', 'latin1'));
    const source = readCsv(bytes);
    expect(source.features[0]?.properties.productor).toBe('María Añaños');
    expect(source.warnings).toContainEqual({ code: 'ENCODING_ASSUMED_LATIN1', params: {} });
  });

  it('reads Excel\'s UTF-16 "Unicode text" export (tab-separated)', () => {
    const bytes = new Uint8Array(
      Buffer.from('\uFEFFProductor\tLatitud\tLongitud\r\nÑahui\t-7.1\t-78.5\r\n', 'utf16le'),
    );
    const source = readCsv(bytes);
    expect(source.features[0]?.properties.Productor).toBe('Ñahui');
    expect(coordinatesOf(source)).toEqual([[-78.5, -7.1]]);
    // Spanish Excel writes decimal commas there too.
    expect(coordinatesOf(csv('lat\tlon\n-7,1\t-78,5\n'))).toEqual([[-78.5, -7.1]]);
  });

  it('accepts a UTF-8 byte-order mark before the first header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Latitud,Longitud\n-7.1,-78.5\n')]);
    expect(readCsv(bytes).columns).toEqual(['Latitud', 'Longitud']);
  });

  it('names empty and repeated headers so no value is lost', () => {
    const source = csv('lat,lon,,nota,nota\n-7,-78,x,a,b\n');
    expect(source.columns).toEqual(['lat', 'lon', 'column_3', 'nota', 'nota_2']);
  });

  it('refuses a table without coordinate columns', () => {
    expectUnreadable(() => csv('nombre,edad\nAna,40\n'), 'CSV_NO_COORDINATE_COLUMNS');
  });
});
