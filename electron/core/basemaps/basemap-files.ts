import fs from 'node:fs';
import path from 'node:path';
import type { BasemapKind } from '../../../shared/domain/basemap.js';

/** Basemap files live in `<dataDir>/basemaps/`, named by the basemap's id: `<id>.mbtiles` or `<id>.pmtiles`. */
export const basemapsDir = (dataDir: string): string => path.join(dataDir, 'basemaps');

export const basemapPath = (dataDir: string, fileName: string): string => path.join(basemapsDir(dataDir), fileName);

/** GeoTIFF imagery is stored as the MBTiles it was tiled into. */
export const storedExtension = (kind: BasemapKind): 'mbtiles' | 'pmtiles' =>
  kind === 'pmtiles-raster' || kind === 'pmtiles-vector' ? 'pmtiles' : 'mbtiles';

export const storedFileName = (id: string, kind: BasemapKind): string => `${id}.${storedExtension(kind)}`;

/** A scratch name beside the final one: renamed into place when complete, so a half-written file never has the real name. */
export const partPath = (dataDir: string, name: string): string => basemapPath(dataDir, `${name}.part`);

export function ensureBasemapsDir(dataDir: string): void {
  fs.mkdirSync(basemapsDir(dataDir), { recursive: true });
}

export function removeQuietly(file: string): void {
  fs.rmSync(file, { force: true });
}
