import fs from 'node:fs';
import path from 'node:path';

/** The shared real-world fixtures beside the checkout (never copied into the project). */
export const fixturesDir = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const fixture = (...parts: string[]): string => path.join(fixturesDir, ...parts);

/** GDAL's ellipsoidal area per district (IDDIST → ha), the reference for every area test. */
export function gdalDistrictAreasHa(): Map<string, { name: string; areaHa: number }> {
  const lines = fs.readFileSync(fixture('admin', 'cajamarca_distritos_area_gdal.csv'), 'utf8').trim().split('\n');
  return new Map(
    lines.slice(1).map((line) => {
      const [id, name, , area] = line.split(',');
      return [(id ?? '').replaceAll('"', ''), { name: name ?? '', areaHa: Number(area) }];
    }),
  );
}
