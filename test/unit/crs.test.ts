import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { crsForCode, crsFromWkt, looksProjected, toWgs84 } from '../../electron/core/geo/crs.js';

/** PROJ's own answer (Debian's gdal-bin), the reference for every transformation. */
function gdaltransform(from: string, x: number, y: number): [number, number] {
  const out = execFileSync('gdaltransform', ['-s_srs', from, '-t_srs', 'EPSG:4326'], {
    input: `${x} ${y}\n`,
  }).toString();
  // gdaltransform writes traditional GIS order: lon lat.
  const [lon, lat] = out.trim().split(/\s+/).map(Number);
  return [lon as number, lat as number];
}

describe('coordinate systems', () => {
  it('UTM 17S/18S/19S on WGS84 match PROJ to the millimetre', () => {
    for (const [code, x, y] of [
      [32717, 775_000, 9_207_000],
      [32718, 180_000, 9_200_000],
      [32719, 400_000, 8_500_000],
    ] as const) {
      const ours = toWgs84({ type: 'Point', coordinates: [x, y] }, crsForCode(code)!);
      const theirs = gdaltransform(`EPSG:${code}`, x, y);
      expect((ours as { coordinates: number[] }).coordinates[0]).toBeCloseTo(theirs[0], 8);
      expect((ours as { coordinates: number[] }).coordinates[1]).toBeCloseTo(theirs[1], 8);
    }
  });

  it('PSAD56 / UTM 17S uses the fixed Peruvian transformation (EPSG:1208) like PROJ does for Peru', () => {
    const crs = crsForCode(24877)!;
    expect(crs.transformation).toContain('EPSG:1208');
    const ours = (toWgs84({ type: 'Point', coordinates: [775_000, 9_207_000] }, crs) as { coordinates: number[] })
      .coordinates;
    // PROJ picks "PSAD56 to WGS 84 (8)" for Peru when asked for the best transformation in that area.
    const proj = execFileSync('cs2cs', ['-f', '%.9f', '--area', 'EPSG:1189', 'EPSG:24877', 'EPSG:4326'], {
      input: '775000 9207000\n',
    })
      .toString()
      .trim()
      .split(/\s+/)
      .map(Number);
    // cs2cs gives lat lon; one metre is ~9e-6 degrees.
    expect(Math.abs((ours[0] as number) - (proj[1] as number))).toBeLessThan(1e-6);
    expect(Math.abs((ours[1] as number) - (proj[0] as number))).toBeLessThan(1e-6);
    // The shift from WGS84 UTM is hundreds of metres, as DOMAIN.md says: getting the datum wrong matters.
    const wgs = (
      toWgs84({ type: 'Point', coordinates: [775_000, 9_207_000] }, crsForCode(32717)!) as { coordinates: number[] }
    ).coordinates;
    expect(
      Math.hypot(
        ((ours[0] as number) - (wgs[0] as number)) * 110_000,
        ((ours[1] as number) - (wgs[1] as number)) * 110_000,
      ),
    ).toBeGreaterThan(200);
  });

  it('recognises ESRI and OGC .prj texts without authority codes', () => {
    expect(
      crsFromWkt(
        'PROJCS["WGS_1984_UTM_Zone_17S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",-81.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
      )?.code,
    ).toBe(32717);
    expect(
      crsFromWkt(
        'PROJCS["PSAD_1956_UTM_Zone_18S",GEOGCS["GCS_Provisional_S_American_1956",DATUM["D_Provisional_S_American_1956",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",-75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
      )?.code,
    ).toBe(24878);
    expect(
      crsFromWkt(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]',
      )?.code,
    ).toBe(4326);
    expect(crsFromWkt('this is not WKT')).toBeNull();
  });

  it('reprojects any other .prj proj4 can read (NAD83 / Texas State Plane)', () => {
    const wkt = execFileSync('gdalsrsinfo', ['-o', 'wkt1', 'EPSG:2277']).toString().trim();
    const crs = crsFromWkt(wkt)!;
    expect(crs.code).toBeNull();
    const ours = (toWgs84({ type: 'Point', coordinates: [3_100_000, 10_070_000] }, crs) as { coordinates: number[] })
      .coordinates;
    const theirs = gdaltransform('EPSG:2277', 3_100_000, 10_070_000);
    expect(ours[0]).toBeCloseTo(theirs[0], 5);
    expect(ours[1]).toBeCloseTo(theirs[1], 5);
  });

  it('tells projected metres from degrees', () => {
    expect(looksProjected([[-78.5, -7.1]])).toBe(false);
    expect(looksProjected([[775_000, 9_207_000]])).toBe(true);
  });
});
