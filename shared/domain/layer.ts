import { z } from 'zod';
import { hazardLevelSchema, layerHazardTypeSchema, scenarioIdSchema } from './hazard.js';
import { idSchema, timestampSchema } from './ids.js';

export const layerKinds = ['vector', 'raster'] as const;

/** Colour ramps for raster layers; each is readable in greyscale (monotonic lightness). */
export const colourRamps = ['elevation', 'temperature', 'rainfall', 'viridis', 'greys'] as const;
export const colourRampSchema = z.enum(colourRamps);
export type ColourRamp = z.infer<typeof colourRampSchema>;

/** How a vector layer's class attribute maps to levels: `{ "Muy Alta": "muy_alto", "3": "alto" }`. */
export const classMapSchema = z.record(z.string().max(200), hazardLevelSchema);
export type ClassMap = z.infer<typeof classMapSchema>;

/** What the user says about a layer (all editable later). */
const layerMetaShape = {
  name: z.string().trim().min(1).max(200),
  hazard: layerHazardTypeSchema,
  source: z.string().trim().max(500),
  /** The data's date as the publisher gives it (a year, a month or a day). */
  date: z.string().trim().max(40),
  licence: z.string().trim().max(200),
  /** The scenario the layer depicts (a 2050 temperature grid); null: the present, used for every scenario. */
  scenarioId: scenarioIdSchema.nullable(),
  opacity: z.number().min(0).max(1),
  visible: z.boolean(),
  /** Raster only: unit shown in the legend and readout (m, °C, mm/año…). */
  unit: z.string().trim().max(40),
  ramp: colourRampSchema,
};

export const layerMetaSchema = z.object({
  ...layerMetaShape,
  source: layerMetaShape.source.default(''),
  date: layerMetaShape.date.default(''),
  licence: layerMetaShape.licence.default(''),
  scenarioId: layerMetaShape.scenarioId.default(null),
  opacity: layerMetaShape.opacity.default(0.7),
  visible: layerMetaShape.visible.default(true),
  unit: layerMetaShape.unit.default(''),
  ramp: layerMetaShape.ramp.default('viridis'),
});
export type LayerMeta = z.infer<typeof layerMetaSchema>;

export const layerPatchSchema = z
  .object({ ...layerMetaShape, classMap: classMapSchema, sortOrder: z.number().int() })
  .partial()
  .strict();
export type LayerPatch = z.infer<typeof layerPatchSchema>;

/** A raster's grid: size, where it lies (WGS84 bounds) and its values' range. */
export const rasterInfoSchema = z.object({
  width: z.number().int(),
  height: z.number().int(),
  /** [west, south, east, north] in WGS84 degrees. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** EPSG code of the file's CRS (4326, 32717…). */
  crsCode: z.number().int(),
  noData: z.number().nullable(),
  min: z.number(),
  max: z.number(),
});
export type RasterInfo = z.infer<typeof rasterInfoSchema>;

export const layerSchema = z.object({
  ...layerMetaShape,
  id: idSchema,
  kind: z.enum(layerKinds),
  sortOrder: z.number().int(),
  /** Bumped on every change that alters analysis results (class map, file); results keep the version they used. */
  version: z.number().int(),
  fileName: z.string(),
  /** Vector only. */
  classField: z.string().nullable(),
  classMap: classMapSchema,
  featureCount: z.number().int(),
  /** Raster only. */
  raster: rasterInfoSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Layer = z.infer<typeof layerSchema>;
