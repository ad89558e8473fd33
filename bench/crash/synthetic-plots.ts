import fs from 'node:fs';
import type { Feature, Polygon } from 'geojson';
import { seededRandom } from '../../electron/core/synthetic/random.js';

/** Columns of the generated file, as an import maps them (`imports.commit`'s `mapping`). */
export const SYNTHETIC_MAPPING = { producerCode: 'codigo', producerName: 'productor', plotName: 'parcela' } as const;

/** 0.0025° ≈ 275 m per grid cell: room for the largest hexagon (radius ≤ 0.0011° ≈ 120 m) without touching another. */
const CELL_DEG = 0.0025;
/** A block of Cajamarca well inside Peru (Jaén to Celendín): 0.6° of longitude by 1.6° of latitude. */
const AREA = { west: -78.9, south: -7.2, widthDeg: 0.6, heightDeg: 1.6 } as const;

/**
 * Writes `count` hexagonal plots (0.3–4 ha, as bench/import.bench.ts makes them), two per family,
 * as one GeoJSON file. Each `batch` takes its own square of the area and its own family codes, so
 * the files of successive crash trials neither overlap each other nor share a producer (until the
 * area is used up and squares repeat, which only adds overlap warnings).
 */
export function writeSyntheticPlots(file: string, count: number, batch: number, seed: number): void {
  const random = seededRandom(seed * 1000 + batch);
  const columns = Math.ceil(Math.sqrt(count));
  const sideDeg = columns * CELL_DEG;
  const across = Math.max(1, Math.floor(AREA.widthDeg / sideDeg));
  const down = Math.max(1, Math.floor(AREA.heightDeg / sideDeg));
  const square = batch % (across * down);
  const west = AREA.west + (square % across) * sideDeg;
  const south = AREA.south + Math.floor(square / across) * sideDeg;
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < count; i += 1) {
    const cx = west + ((i % columns) + 0.5) * CELL_DEG;
    const cy = south + (Math.floor(i / columns) + 0.5) * CELL_DEG;
    const r = 0.0003 + random() * 0.0008;
    const ring = Array.from({ length: 6 }, (_, k) => [
      Math.round((cx + r * Math.cos((k / 6) * 2 * Math.PI)) * 1e7) / 1e7,
      Math.round((cy + r * Math.sin((k / 6) * 2 * Math.PI)) * 1e7) / 1e7,
    ]);
    ring.push([...(ring[0] as number[])]);
    features.push({
      type: 'Feature',
      properties: {
        codigo: `C${batch}-${Math.floor(i / 2)}`,
        productor: `Familia ${batch}-${Math.floor(i / 2)}`,
        parcela: `Parcela ${batch}-${i}`,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
}
