import { z } from 'zod';
import { activeBasemapSchema, basemapFactsSchema, basemapNameSchema, basemapSchema } from '../domain/basemap.js';
import { idSchema } from '../domain/ids.js';
import { importSourceSchema } from './imports.js';
import { procedure } from './procedure.js';

export const basemapInspectionSchema = z.object({
  /** The file's own name, as chosen. */
  fileName: z.string(),
  sizeBytes: z.number().int(),
  /** What the basemap will be: for GeoTIFF imagery, the tiles the conversion will write. */
  facts: basemapFactsSchema,
  /** From the file's metadata `name`, else its file name without extension. */
  suggestedName: z.string(),
  /** GeoTIFF only: the image's size and how many tiles the conversion writes (all zooms). */
  conversion: z
    .object({ widthPx: z.number().int(), heightPx: z.number().int(), tileCount: z.number().int() })
    .nullable(),
});
export type BasemapInspection = z.infer<typeof basemapInspectionSchema>;

export const basemapStateSchema = z.object({
  /** `builtin` (Natural Earth, drawn in code) or a basemap's id. */
  active: activeBasemapSchema,
  /** The elevation layer drawn as hillshade under the app's layers; null: none. */
  hillshadeLayerId: idSchema.nullable(),
  /** Oldest first; each with its coverage (`bounds`) and zoom range. */
  basemaps: z.array(basemapSchema),
});
export type BasemapState = z.infer<typeof basemapStateSchema>;

export const basemapProcedures = {
  'basemaps.list': procedure({
    kind: 'query',
    summary: 'Imported offline basemaps with their coverage and zoom range, the active one and the hillshade layer.',
    input: z.object({}).strict(),
    output: basemapStateSchema,
  }),
  'basemaps.inspect': procedure({
    kind: 'job',
    summary: 'Read an MBTiles, PMTiles or GeoTIFF image before adding it: kind, tile format, zooms, coverage.',
    input: z.object({ source: importSourceSchema }).strict(),
    output: basemapInspectionSchema,
  }),
  'basemaps.add': procedure({
    kind: 'job',
    summary:
      'Copy a basemap file into the data folder (GeoTIFF imagery is tiled into an MBTiles first) and list it. A refused or cancelled file leaves nothing behind.',
    input: z.object({ source: importSourceSchema, name: basemapNameSchema.optional() }).strict(),
    output: basemapSchema,
  }),
  'basemaps.update': procedure({
    kind: 'mutation',
    summary: 'Rename a basemap.',
    input: z.object({ id: idSchema, name: basemapNameSchema }).strict(),
    output: basemapSchema,
  }),
  'basemaps.remove': procedure({
    kind: 'mutation',
    summary: 'Remove a basemap and delete its file; when it was active the built-in map becomes active.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ removed: z.boolean() }),
  }),
  'basemaps.setActive': procedure({
    kind: 'mutation',
    summary: "Choose the map's basemap: 'builtin' or an imported basemap's id.",
    input: z.object({ id: activeBasemapSchema }).strict(),
    output: basemapStateSchema,
  }),
  'basemaps.setHillshade': procedure({
    kind: 'mutation',
    summary: 'Draw hillshade from an elevation raster layer (a DEM), or none.',
    input: z.object({ layerId: idSchema.nullable() }).strict(),
    output: basemapStateSchema,
  }),
};
