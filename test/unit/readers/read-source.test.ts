import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../electron/core/import/readers/read-source.js';
import { MAX_SOURCE_BYTES } from '../../../electron/core/import/source-types.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { expectUnreadable, fixture, fixturesDir, gdal, randomBytes, unreadableError } from './reader-helpers.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** Every fixture file, by path relative to the fixtures folder. */
const allFixtures = ['kml', 'gpx', 'shapefile', 'admin'].flatMap((dir) =>
  fs
    .readdirSync(path.join(fixturesDir, dir))
    .filter((name) => !name.startsWith('LICENSE'))
    .map((name) => `${dir}/${name}`),
);

describe('readSource', () => {
  it('reads every fixture or refuses it with FILE_UNREADABLE and the expected reason', () => {
    const refused: Record<string, string> = {
      'gpx/bad.gpx': 'NO_FEATURES',
      'gpx/empty_trk.gpx': 'NO_FEATURES',
      'shapefile/badzip.zip': 'NOT_A_ZIP',
      'shapefile/no-dbf.zip': 'NO_DBF',
      'shapefile/noshp.zip': 'NO_SHP',
      // GDAL's reference areas: a table without coordinates.
      'admin/cajamarca_distritos_area_gdal.csv': 'CSV_NO_COORDINATE_COLUMNS',
    };
    const formats: Record<string, string> = {};
    for (const file of allFixtures) {
      const bytes = fixture(file);
      if (refused[file]) {
        expect(unreadableError(() => readSource(path.basename(file), bytes)).details.reason, file).toBe(refused[file]);
        continue;
      }
      formats[file] = readSource(path.basename(file), bytes).format;
    }
    expect(formats).toMatchObject({
      'kml/addresses.kml': 'kml',
      'gpx/gdal.gpx': 'gpx',
      'shapefile/senate.zip': 'shapefile',
      'admin/cajamarca_distritos.geojson': 'geojson',
      'admin/cajamarca_distritos_utm17s.zip': 'shapefile',
    });
  });

  it('detects the format by content whatever the file is called', () => {
    expect(readSource('lotes.txt', fixture('admin/cajamarca_provincias.geojson')).format).toBe('geojson');
    expect(readSource('parcelas(1)', fixture('kml/extended_data.kml')).format).toBe('kml');
    expect(readSource('recorrido.xml', fixture('gpx/gdal.gpx')).format).toBe('gpx');
    expect(readSource('descarga.bin', fixture('shapefile/pandr.zip')).format).toBe('shapefile');
    expect(readSource('sin-nombre', text('lat;lon\n-7,1;-78,5\n')).format).toBe('csv');
  });

  it('tells a KMZ from a zipped shapefile by what the zip holds', async () => {
    const { zipSync } = await import('fflate');
    const kmz = zipSync({ 'doc.kml': fixture('kml/cdata.kml') });
    expect(readSource('lotes.zip', kmz).format).toBe('kmz');
    expect(readSource('lotes.kmz', kmz).format).toBe('kmz');
    expectUnreadable(() => readSource('lotes.kmz', fixture('shapefile/noshp.zip')), 'KMZ_WITHOUT_KML');
  });

  it('detects a GeoPackage by its SQLite header', () => {
    const file = path.join(tempDir(), 'x.gpkg');
    gdal('ogr2ogr', ['-f', 'GPKG', file, path.join(fixturesDir, 'admin', 'cajamarca_provincias.geojson')]);
    expect(readSource('exportado.dat', new Uint8Array(fs.readFileSync(file))).format).toBe('gpkg');
  });

  it('passes CSV options through', () => {
    const source = readSource('utm.csv', text('este,norte\n774702,9207632\n'), { csv: { utmZone: 17 } });
    expect(source.crs).toEqual({ kind: 'epsg', code: 32717 });
  });

  it('refuses an empty file, a file over 250 MB (before reading it) and unknown bytes', () => {
    expectUnreadable(() => readSource('vacio.geojson', new Uint8Array(0)), 'EMPTY_FILE');
    // A zero-filled allocation: the guard must answer from the length alone.
    const huge = new Uint8Array(MAX_SOURCE_BYTES + 1024 * 1024);
    const started = performance.now();
    const error = expectUnreadable(() => readSource('enorme.geojson', huge), 'TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.details).toMatchObject({ maxBytes: MAX_SOURCE_BYTES });
    expectUnreadable(() => readSource('ruido.bin', randomBytes(10_000, 1)), 'UNKNOWN_FORMAT');
  });

  it('refuses a zip cut short, a bare .shp and text that is not what its extension says', () => {
    const zip = fixture('shapefile/senate.zip');
    expectUnreadable(() => readSource('senate.zip', zip.slice(0, Math.floor(zip.length * 0.7))), 'TRUNCATED_ZIP');
    const shp = gdalShp();
    expectUnreadable(() => readSource('lotes.shp', shp), 'NOT_A_ZIP');
    expectUnreadable(() => readSource('lotes.geojson', text('hola')), 'BAD_JSON');
    expectUnreadable(() => readSource('lotes.kml', text('<html><body/></html>')), 'NOT_KML');
    expectUnreadable(() => readSource('lotes.gpx', text('<html/>')), 'NOT_GPX');
    // Content wins over the name: a KML called .gpx is read as KML.
    expect(readSource('lotes.gpx', fixture('kml/cdata.kml')).format).toBe('kml');
    expectUnreadable(() => readSource('lotes.gpkg', text('hola')), 'NOT_GPKG');
    expectUnreadable(() => readSource('lotes.zip', text('hola')), 'NOT_A_ZIP');
  });

  it('never throws anything but FILE_UNREADABLE, whatever the bytes (random, cut, flipped)', () => {
    const extensions = ['geojson', 'kml', 'kmz', 'gpx', 'zip', 'csv', 'gpkg', 'bin'];
    let seed = 1;
    const tryRead = (name: string, bytes: Uint8Array) => {
      try {
        readSource(name, bytes);
      } catch {
        unreadableError(() => readSource(name, bytes));
      }
    };
    for (const extension of extensions) tryRead(`ruido.${extension}`, randomBytes(2_000, (seed += 1)));
    for (const file of allFixtures) {
      const original = fixture(file);
      for (let round = 0; round < 6; round += 1) {
        const noise = randomBytes(16, (seed += 1));
        const cut = original.slice(0, Math.floor(((noise[0] as number) / 255) * original.length));
        tryRead(path.basename(file), cut);
        const flipped = original.slice();
        for (let k = 1; k < noise.length; k += 2) {
          const at = Math.floor((((noise[k] as number) * 256 + (noise[k + 1] as number)) / 65_536) * flipped.length);
          flipped[at] = (flipped[at] as number) ^ 0xff;
        }
        tryRead(path.basename(file), flipped);
      }
    }
  }, 60_000);
});

/** The .shp of a small layer, as a user would pick it without its .dbf and .prj. */
function gdalShp(): Uint8Array {
  const dir = tempDir();
  gdal('ogr2ogr', [
    '-f',
    'ESRI Shapefile',
    path.join(dir, 'lotes.shp'),
    path.join(fixturesDir, 'admin', 'cajamarca_provincias.geojson'),
  ]);
  return new Uint8Array(fs.readFileSync(path.join(dir, 'lotes.shp')));
}
