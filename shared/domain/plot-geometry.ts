import { z } from 'zod';

/**
 * [lon, lat] or [lon, lat, altitude] as GPS apps write it; RFC 7946 order.
 * Typed as number[] so it is GeoJSON's own `Position`.
 */
export const positionSchema = z
  .array(z.number())
  .min(2)
  .max(3)
  .refine(([lon, lat]) => Math.abs(lon as number) <= 180 && Math.abs(lat as number) <= 90, {
    message: 'COORDINATE_OUT_OF_RANGE',
  });
const ringSchema = z.array(positionSchema).min(1).max(100_000);

export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(ringSchema).min(1).max(1000),
});
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).min(1)).min(1).max(1000),
});
export const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });

/** A plot is a polygon (or several), or a GPS point with a declared area. */
export const plotGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema, pointSchema]);
export type PlotGeometry = z.infer<typeof plotGeometrySchema>;

export const plotIssueCodes = [
  'RING_CLOSED',
  'TOO_FEW_VERTICES',
  'SELF_INTERSECTION',
  'AREA_TOO_SMALL',
  'AREA_TOO_LARGE',
  'POINT_NEEDS_AREA',
  'DECLARED_AREA_DIFFERS',
  'OUTSIDE_PERU',
  'NEAR_PERU_BORDER',
  'OUTSIDE_REGION',
  'OVERLAP',
  'DUPLICATE',
] as const;
export type PlotIssueCode = (typeof plotIssueCodes)[number];

/**
 * A finding about a plot's geometry. `error` blocks saving; `warning` is saved
 * with the plot and shown; `info` says what was fixed. `at` points to where on
 * the map (e.g. where edges cross). Texts come from `plotIssues.<code>`.
 */
export const plotIssueSchema = z.object({
  code: z.enum(plotIssueCodes),
  level: z.enum(['error', 'warning', 'info']),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  at: z.array(z.tuple([z.number(), z.number()])).default([]),
});
export type PlotIssue = z.infer<typeof plotIssueSchema>;

export const plotMeasuresSchema = z.object({
  /** Geodesic area of the polygon, or the declared area of a point plot. */
  areaHa: z.number(),
  /** Null for point plots. */
  perimeterM: z.number().nullable(),
  /** A point inside the plot (the centre of mass when it falls inside). */
  centroid: z.tuple([z.number(), z.number()]),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type PlotMeasures = z.infer<typeof plotMeasuresSchema>;
