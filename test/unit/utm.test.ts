import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { centralMeridianDeg, lonLatToUtm, utmEpsg, utmZoneFor } from '../../shared/geo/utm.js';

const S17 = { zone: 17, hemisphere: 'S' } as const;
const S18 = { zone: 18, hemisphere: 'S' } as const;

/**
 * Expected values from GDAL 3 / PROJ (`echo "lon lat" | gdaltransform -s_srs
 * EPSG:4326 -t_srs EPSG:32717 -output_xy`), printed to the millimetre.
 */
const gdalReference: { name: string; lonLat: [number, number]; zone: typeof S17 | typeof S18; e: number; n: number }[] =
  [
    { name: 'Cajamarca, Plaza de Armas', lonLat: [-78.5128, -7.1617], zone: S17, e: 774702.311, n: 9207632.015 },
    { name: 'San Ignacio', lonLat: [-78.99, -5.15], zone: S17, e: 722811.055, n: 9430403.968 },
    { name: 'north-west of Jaén', lonLat: [-79.3, -4.9], zone: S17, e: 688508.13, n: 9458150.606 },
    { name: 'Lima, in 17S', lonLat: [-77.0428, -12.0464], zone: S17, e: 931018.392, n: 8665205.449 },
    { name: 'Cajamarca, forced into 18S', lonLat: [-78.5128, -7.1617], zone: S18, e: 111905.495, n: 9206891.094 },
    { name: 'central meridian of 18S', lonLat: [-75, -10], zone: S18, e: 500000, n: 8894587.509 },
    { name: 'Cusco region, 18S', lonLat: [-72.5, -13.5], zone: S18, e: 770627.461, n: 8506191.142 },
  ];

describe('UTM (shared/geo/utm.ts)', () => {
  it.each(gdalReference)('matches GDAL to the millimetre: $name', ({ lonLat, zone, e, n }) => {
    const utm = lonLatToUtm(lonLat[0], lonLat[1], zone);
    expect(Math.abs(utm.eastingM - e)).toBeLessThan(0.002);
    expect(Math.abs(utm.northingM - n)).toBeLessThan(0.002);
  });

  it('puts the equator on the central meridian at the false origin of a southern zone', () => {
    const utm = lonLatToUtm(-81, 0, S17);
    expect(utm.eastingM).toBeCloseTo(500000, 6);
    expect(utm.northingM).toBeCloseTo(10_000_000, 6);
  });

  it('agrees with proj4 across the coffee area of northern Peru', () => {
    for (let lon = -80; lon <= -76; lon += 0.5) {
      for (let lat = -8; lat <= -4.5; lat += 0.5) {
        const [e, n] = proj4('EPSG:4326', '+proj=utm +zone=17 +south +datum=WGS84 +units=m +no_defs', [lon, lat]);
        const utm = lonLatToUtm(lon, lat, S17);
        expect(Math.abs(utm.eastingM - e)).toBeLessThan(0.001);
        expect(Math.abs(utm.northingM - n)).toBeLessThan(0.001);
      }
    }
  });

  it('names zones, their meridians and EPSG codes', () => {
    expect(utmZoneFor(-78.5128)).toBe(17);
    expect(utmZoneFor(-77.9)).toBe(18);
    expect(utmZoneFor(-180)).toBe(1);
    expect(utmZoneFor(180)).toBe(60);
    expect(centralMeridianDeg(17)).toBe(-81);
    expect(centralMeridianDeg(18)).toBe(-75);
    expect(utmEpsg(S17)).toBe(32717);
    expect(utmEpsg({ zone: 18, hemisphere: 'N' })).toBe(32618);
  });
});
