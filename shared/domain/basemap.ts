import { z } from 'zod';
import { idSchema, timestampSchema } from './ids.js';

/**
 * What a basemap file holds. GeoTIFF imagery is converted at import into a
 * raster MBTiles of PNG tiles, so it is stored and served as `geotiff` but
 * read like `mbtiles-raster`.
 */
export const basemapKinds = [
  'mbtiles-raster',
  'mbtiles-vector',
  'pmtiles-raster',
  'pmtiles-vector',
  'geotiff',
] as const;
export const basemapKindSchema = z.enum(basemapKinds);
export type BasemapKind = z.infer<typeof basemapKindSchema>;

/** The tile encodings MapLibre draws: three image formats and Mapbox Vector Tiles (protobuf). */
export const tileFormats = ['png', 'jpg', 'webp', 'pbf'] as const;
export const tileFormatSchema = z.enum(tileFormats);
export type TileFormat = z.infer<typeof tileFormatSchema>;

/** [west, south, east, north] in WGS84 degrees. */
export const lonLatBoundsSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type LonLatBounds = z.infer<typeof lonLatBoundsSchema>;

/** One layer of a vector tileset (TileJSON `vector_layers`): its id and zooms as the file declares them. */
export const vectorLayerSchema = z.object({
  id: z.string(),
  minZoom: z.number().int().nullable(),
  maxZoom: z.number().int().nullable(),
});
export type VectorLayer = z.infer<typeof vectorLayerSchema>;

/** What an import reads from a file before keeping it: shown in the add dialog, stored as the basemap's row. */
export const basemapFactsSchema = z.object({
  kind: basemapKindSchema,
  format: tileFormatSchema,
  minZoom: z.number().int().min(0).max(30),
  maxZoom: z.number().int().min(0).max(30),
  bounds: lonLatBoundsSchema,
  /** Pixels a side of a raster tile (256 or 512); 512 for vector tiles, MapLibre's unit for them. */
  tileSize: z.number().int(),
  attribution: z.string(),
  /** Vector only; empty for rasters. */
  vectorLayers: z.array(vectorLayerSchema),
});
export type BasemapFacts = z.infer<typeof basemapFactsSchema>;

export const basemapSchema = basemapFactsSchema.extend({
  id: idSchema,
  name: z.string(),
  /** `<id>.mbtiles` or `<id>.pmtiles` in `<dataDir>/basemaps/`. */
  fileName: z.string(),
  /** The name of the file the user chose. */
  sourceFileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: timestampSchema,
});
export type Basemap = z.infer<typeof basemapSchema>;

export const basemapNameSchema = z.string().trim().min(1).max(200);

/** The app's own offline map (Natural Earth, drawn in code). */
export const BUILTIN_BASEMAP = 'builtin';
export const activeBasemapSchema = z.union([z.literal(BUILTIN_BASEMAP), idSchema]);
export type ActiveBasemap = z.infer<typeof activeBasemapSchema>;

/**
 * Why a basemap file is refused; carried as `ApiError('FILE_UNREADABLE',
 * message, { reason, … })` and translated as `basemapErrors.<reason>`.
 */
export const basemapRefusals = [
  'EMPTY_FILE',
  'UNKNOWN_FORMAT',
  'NOT_MBTILES',
  'NO_TILES',
  'UNSUPPORTED_TILE_FORMAT',
  'BAD_BOUNDS',
  'NOT_PMTILES',
  'PMTILES_VERSION',
  'UNSUPPORTED_COMPRESSION',
  'NOT_GEOTIFF',
  'GEOTIFF_NO_GEOREFERENCE',
  'GEOTIFF_ROTATED',
  'GEOTIFF_NO_CRS',
  'GEOTIFF_UNSUPPORTED_CRS',
  'GEOTIFF_NOT_RGB',
  'GEOTIFF_TOO_LARGE',
  'GEOTIFF_UNSUPPORTED_ENCODING',
  'GEOTIFF_OUTSIDE_WORLD',
] as const;
export type BasemapRefusal = (typeof basemapRefusals)[number];

/** True for the kinds whose tiles are vector (MapLibre `vector` source, generic style). */
export const isVectorBasemap = (kind: BasemapKind): boolean => kind === 'mbtiles-vector' || kind === 'pmtiles-vector';
