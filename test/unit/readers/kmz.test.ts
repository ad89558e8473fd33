import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readKmz } from '../../../electron/core/import/readers/kmz.js';
import { expectUnreadable, fixture } from './reader-helpers.js';

describe('KMZ reader', () => {
  it('reads doc.kml from the zip, as KML, with format kmz', () => {
    const kmz = zipSync({ 'doc.kml': fixture('kml/extended_data.kml'), 'files/icon.png': new Uint8Array([1, 2, 3]) });
    const source = readKmz(kmz);
    expect(source.format).toBe('kmz');
    expect(source.crs).toEqual({ kind: 'wgs84' });
    expect(source.features).toHaveLength(1);
    expect(source.features[0]?.properties.foo).toBe('bar');
  });

  it('prefers doc.kml, else takes the first .kml in any folder and letter case', () => {
    const prefers = zipSync({ 'a.kml': fixture('kml/cdata.kml'), 'DOC.KML': fixture('kml/multigeometry.kml') });
    expect(readKmz(prefers).features[0]?.geometry?.type).toBe('MultiLineString');
    const nested = zipSync({ 'files/Parcelas.KML': fixture('kml/linear_ring.kml') });
    expect(readKmz(nested).features[0]?.geometry?.type).toBe('Polygon');
  });

  it('ignores the macOS resource forks a Mac adds to the zip', () => {
    const kmz = zipSync({ '__MACOSX/._doc.kml': new Uint8Array([0, 5, 22, 7]), 'lotes.kml': fixture('kml/cdata.kml') });
    expect(readKmz(kmz).features).toHaveLength(1);
  });

  it('refuses a KMZ without KML, a damaged one and one that is not a zip', () => {
    expectUnreadable(() => readKmz(zipSync({ 'image.png': new Uint8Array([1]) })), 'KMZ_WITHOUT_KML');
    const whole = zipSync({ 'doc.kml': fixture('kml/addresses.kml') });
    expectUnreadable(() => readKmz(whole.slice(0, Math.floor(whole.length / 2))), 'TRUNCATED_ZIP');
    expectUnreadable(() => readKmz(fixture('kml/cdata.kml')), 'NOT_A_ZIP');
  });
});
