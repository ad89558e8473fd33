import type { BasemapFacts } from '../../../shared/domain/basemap.js';
import type { BasemapFileType } from './basemap-source.js';
import { imageryTileCount, imageryZooms } from './imagery-zooms.js';
import { mbtilesFacts } from './mbtiles-facts.js';
import { MbtilesFile } from './mbtiles-file.js';
import { pmtilesFacts } from './pmtiles-facts.js';
import { PmtilesFile } from './pmtiles-file.js';
import { closeImagery, openImagery } from './read-imagery.js';
import type { ImageryHeader } from './read-imagery.js';

export interface ReadFacts {
  facts: BasemapFacts;
  /** The tileset's own name, if it gives one. */
  name: string | null;
  conversion: { widthPx: number; heightPx: number; tileCount: number } | null;
}

/** What imagery becomes once tiled: PNG tiles of 256 px over its WGS84 bounds. */
export function imageryFacts(header: ImageryHeader): BasemapFacts {
  const { minZoom, maxZoom } = imageryZooms(header);
  return {
    kind: 'geotiff',
    format: 'png',
    minZoom,
    maxZoom,
    bounds: header.bounds,
    tileSize: 256,
    attribution: '',
    vectorLayers: [],
  };
}

/** Reads a basemap file's facts without changing it (files are opened read-only and closed again). */
export async function readFacts(file: string, type: BasemapFileType): Promise<ReadFacts> {
  switch (type) {
    case 'mbtiles': {
      const mbtiles = MbtilesFile.open(file);
      try {
        const { name, ...facts } = mbtilesFacts(mbtiles);
        return { facts, name, conversion: null };
      } finally {
        mbtiles.close();
      }
    }
    case 'pmtiles': {
      const pmtiles = PmtilesFile.open(file);
      try {
        const { name, ...facts } = await pmtilesFacts(pmtiles);
        return { facts, name, conversion: null };
      } finally {
        pmtiles.close();
      }
    }
    case 'geotiff': {
      const header = await openImagery({ path: file });
      try {
        const facts = imageryFacts(header);
        const tileCount = imageryTileCount(facts.bounds, facts.minZoom, facts.maxZoom);
        return { facts, name: null, conversion: { widthPx: header.width, heightPx: header.height, tileCount } };
      } finally {
        await closeImagery(header);
      }
    }
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown basemap file type ${String(unexpected)}`);
    }
  }
}

/** The name a basemap gets when the user gives none: the tileset's own, else the file name without extension. */
export const defaultName = (name: string | null, fileName: string): string =>
  (name ?? fileName.replace(/\.[^.]+$/, '')).trim().slice(0, 200) || fileName.slice(0, 200);
