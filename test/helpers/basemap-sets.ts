import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Rgb } from './basemap-fixtures.js';
import { solidPng, tilesOver, vectorTiles, writeMbtiles } from './basemap-fixtures.js';
import { PMTILES_TILE_TYPE, writePmtiles } from '../../scripts/tiles/pmtiles-writer.js';

/** Around the map's starting view (−78.6, −6.2): a box of about 1.2° over Cajamarca. */
export const CAJAMARCA_BOX: [number, number, number, number] = [-79.2, -6.8, -78.0, -5.6];

/**
 * A colour per tile that says which tile it is: red grows with x, green with
 * the XYZ y (so a TMS flip shows), blue with the zoom.
 */
export const colourOfTile = (z: number, x: number, y: number): Rgb => [(x * 37) % 256, (y * 53) % 256, z * 20];

/** A raster MBTiles of PNG tiles over CAJAMARCA_BOX at zooms 5–8, each of colourOfTile. */
export function rasterMbtiles(dir: string, metadata: Record<string, string> | null = defaultRasterMetadata): string {
  const file = path.join(dir, 'ortofoto_cajamarca.mbtiles');
  writeMbtiles(
    file,
    tilesOver(CAJAMARCA_BOX, 5, 8, (z, x, y) => solidPng(colourOfTile(z, x, y))),
    metadata,
  );
  return file;
}

export const defaultRasterMetadata = {
  name: 'Ortofoto Cajamarca',
  format: 'png',
  bounds: CAJAMARCA_BOX.join(','),
  minzoom: '5',
  maxzoom: '8',
  attribution: '<a href="https://www.ign.gob.pe">IGN Perú</a>',
  type: 'baselayer',
};

/**
 * A forest area, a river and a town, as the one layer "cobertura", cut into
 * vector tiles at zooms 5–8. The area covers the map's starting centre
 * (−78.6, −6.2); the river and the town lie north of it.
 */
export const vectorFeatures: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { clase: 'bosque' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-79.1, -6.7],
            [-78.1, -6.7],
            [-78.1, -5.7],
            [-79.1, -5.7],
            [-79.1, -6.7],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { clase: 'rio' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [-79.2, -5.85],
          [-78.0, -5.95],
        ],
      },
    },
    { type: 'Feature', properties: { nombre: 'Jaén' }, geometry: { type: 'Point', coordinates: [-78.8, -5.7] } },
  ],
};

export function vectorMbtiles(dir: string, opts: { json: boolean }): string {
  const file = path.join(dir, 'cobertura_vectorial.mbtiles');
  const tiles = vectorTiles(vectorFeatures, 'cobertura', CAJAMARCA_BOX, 5, 8, { gzip: true });
  const json = JSON.stringify({ vector_layers: [{ id: 'cobertura', minzoom: 5, maxzoom: 8, fields: {} }] });
  writeMbtiles(file, tiles, {
    name: 'Cobertura',
    format: 'pbf',
    bounds: CAJAMARCA_BOX.join(','),
    minzoom: '5',
    maxzoom: '8',
    ...(opts.json ? { json } : {}),
  });
  return file;
}

export function rasterPmtiles(dir: string, colour: Rgb = [40, 120, 200]): string {
  const file = path.join(dir, 'relieve.pmtiles');
  const tiles = tilesOver(CAJAMARCA_BOX, 4, 7, () => solidPng(colour));
  fs.writeFileSync(
    file,
    writePmtiles(tiles, {
      tileType: PMTILES_TILE_TYPE.png,
      minZoom: 4,
      maxZoom: 7,
      bounds: CAJAMARCA_BOX,
      metadata: { name: 'Relieve', attribution: 'Cafetal test' },
    }),
  );
  return file;
}

export function vectorPmtiles(dir: string): string {
  const file = path.join(dir, 'cobertura.pmtiles');
  const tiles = vectorTiles(vectorFeatures, 'cobertura', CAJAMARCA_BOX, 5, 7, { gzip: false });
  fs.writeFileSync(
    file,
    writePmtiles(tiles, {
      tileType: PMTILES_TILE_TYPE.mvt,
      minZoom: 5,
      maxZoom: 7,
      bounds: CAJAMARCA_BOX,
      metadata: { vector_layers: [{ id: 'cobertura', fields: {} }] },
    }),
  );
  return file;
}

/** A PNG decoded once: its pixels by (col, row) as RGBA. */
export function pngPixels(bytes: Uint8Array): (col: number, row: number) => [number, number, number, number] {
  const png = PNG.sync.read(Buffer.from(bytes));
  return (col, row) => {
    const o = (row * png.width + col) * 4;
    return [png.data[o], png.data[o + 1], png.data[o + 2], png.data[o + 3]] as [number, number, number, number];
  };
}

/** The colour of a PNG's pixel (col, row). */
export const pngPixel = (bytes: Uint8Array, col: number, row: number) => pngPixels(bytes)(col, row);
