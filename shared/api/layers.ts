import { z } from 'zod';
import type { hazardLevelSchema } from '../domain/hazard.js';
import { idSchema } from '../domain/ids.js';
import { classMapSchema, layerMetaSchema, layerPatchSchema, layerSchema, rasterInfoSchema } from '../domain/layer.js';
import { importSourceSchema } from './imports.js';
import { procedure } from './procedure.js';

const byId = z.object({ id: idSchema }).strict();

/** A class attribute's distinct values with their feature counts (the first 200, most frequent first). */
const columnValuesSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const layerInspectionSchema = z.object({
  fileName: z.string(),
  kind: z.enum(['vector', 'raster']),
  /** Vector: import format (geojson, shapefile…); raster: 'geotiff'. */
  format: z.string(),
  featureCount: z.number().int(),
  /** Vector only: attribute names and each one's values, to pick the class field and map its values. */
  columns: z.array(z.string()),
  values: z.record(z.string(), columnValuesSchema),
  /** The column that most looks like a class ("clase", "nivel", "susceptib"…), or null. */
  suggestedClassField: z.string().nullable(),
  /** Per column: a suggested level for each value ("Muy alta" → muy_alto, "1…4" → ranks). */
  suggestedMaps: z.record(z.string(), classMapSchema),
  /** What the file says about its CRS; needsChoice when nothing (a shapefile without .prj). */
  crs: z.object({
    code: z.number().int().nullable(),
    name: z.string().nullable(),
    needsChoice: z.boolean(),
  }),
  raster: rasterInfoSchema.nullable(),
});
export type LayerInspection = z.infer<typeof layerInspectionSchema>;

/** A vector layer for the map; properties carry the mapped level (null: class not mapped). */
export interface LayerFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: number;
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
    properties: { level: z.infer<typeof hazardLevelSchema> | null; classValue: string };
  }[];
}

/** NOTE: a layer can hold tens of thousands of polygons from our own store: shape checked, not each feature. */
const layerFeatureCollectionSchema = z.custom<LayerFeatureCollection>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features),
);

const lonLat = z.tuple([z.number(), z.number()]);

export const layerProcedures = {
  'layers.list': procedure({
    kind: 'query',
    summary: 'Climate-risk layers, in drawing order (first is drawn at the bottom).',
    input: z.object({}).strict(),
    output: z.array(layerSchema),
  }),
  'layers.inspect': procedure({
    kind: 'job',
    summary: 'Read a hazard file (any import format, or a single-band GeoTIFF) to choose its class field and levels.',
    input: z.object({ source: importSourceSchema }).strict(),
    output: layerInspectionSchema,
  }),
  'layers.add': procedure({
    kind: 'job',
    summary:
      'Add a layer: vector features with their class mapped to levels, or a GeoTIFF kept in the data folder. One transaction.',
    input: z
      .object({
        source: importSourceSchema,
        meta: layerMetaSchema,
        /** Vector only: the attribute that carries the class, and its values mapped to levels. */
        classField: z.string().max(200).nullable().default(null),
        classMap: classMapSchema.default({}),
        /** EPSG code chosen by the user when the file does not say (vector only). */
        crsCode: z.number().int().nullable().default(null),
      })
      .strict(),
    output: layerSchema,
  }),
  'layers.update': procedure({
    kind: 'mutation',
    summary: 'Change a layer: name, source, date, licence, scenario, opacity, visibility, ramp, class map, order.',
    input: z.object({ id: idSchema, patch: layerPatchSchema }).strict(),
    output: layerSchema,
  }),
  'layers.reorder': procedure({
    kind: 'mutation',
    summary: 'Set the drawing order: ids from bottom to top.',
    input: z.object({ ids: z.array(idSchema).max(1000) }).strict(),
    output: z.array(layerSchema),
  }),
  'layers.remove': procedure({
    kind: 'mutation',
    summary: "Remove a layer, its features and its raster files; plots' results that used it become stale.",
    input: byId,
    output: z.object({ removed: z.boolean() }),
  }),
  'layers.features': procedure({
    kind: 'query',
    summary: "A vector layer's polygons with their level, as GeoJSON for the map.",
    input: byId,
    output: layerFeatureCollectionSchema,
  }),
  'layers.image': procedure({
    kind: 'query',
    summary: "A raster layer drawn with its colour ramp: a PNG (data URL) and its corners for MapLibre's image source.",
    input: byId,
    output: z.object({
      dataUrl: z.string(),
      coordinates: z.tuple([lonLat, lonLat, lonLat, lonLat]),
      min: z.number(),
      max: z.number(),
    }),
  }),
  'layers.valueAt': procedure({
    kind: 'query',
    summary: "Visible raster layers' values under a point (the cursor).",
    input: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).strict(),
    output: z.array(z.object({ layerId: idSchema, name: z.string(), unit: z.string(), value: z.number().nullable() })),
  }),
};
