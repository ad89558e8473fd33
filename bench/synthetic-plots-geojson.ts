import fs from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import { seededRandom } from '../electron/core/synthetic/random.js';

/**
 * `count` synthetic hexagonal plots (0.3–4 ha) on a grid over Jaén and San
 * Ignacio, two per family, as one GeoJSON file a user would import (columns
 * `codigo`, `productor`, `parcela`). The same seed writes the same file.
 */
export function writeSyntheticPlotsGeoJson(file: string, count: number, seed = 42): void {
  const random = seededRandom(seed);
  const columns = Math.ceil(Math.sqrt(count * 0.8));
  const cell = 0.8 / columns;
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < count; i += 1) {
    const cx = -79.2 + ((i % columns) + 0.5) * cell;
    const cy = -6.1 + (Math.floor(i / columns) + 0.5) * cell;
    const r = Math.min(cell * 0.45, 0.0003 + random() * 0.0008);
    const ring = Array.from({ length: 6 }, (_, k) => [
      Math.round((cx + r * Math.cos((k / 6) * 2 * Math.PI)) * 1e7) / 1e7,
      Math.round((cy + r * Math.sin((k / 6) * 2 * Math.PI)) * 1e7) / 1e7,
    ]);
    ring.push([...(ring[0] as number[])]);
    features.push({
      type: 'Feature',
      properties: {
        codigo: `SYN-${Math.floor(i / 2)}`,
        productor: `Familia sintética ${Math.floor(i / 2)}`,
        parcela: `Parcela ${i}`,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
}
