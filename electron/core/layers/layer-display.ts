import fs from 'node:fs';
import path from 'node:path';
import type { LayerFeatureCollection } from '../../../shared/api/layers.js';
import type { OutputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import { renderRasterPreview } from '../raster/raster-preview.js';
import { stmt } from '../store/statements.js';
import { getLayer, listLayers } from './layers-store.js';

/** A vector layer's polygons with their mapped level, for the map. Geometry text goes out unparsed-reparsed once. */
export function layerFeatures(ctx: CoreContext, id: string): LayerFeatureCollection {
  const layer = getLayer(ctx.db, id);
  if (layer.kind !== 'vector')
    throw new ApiError('VALIDATION', 'Only vector layers have features.', { reason: 'NOT_VECTOR' });
  const rows = stmt(
    ctx.db,
    'SELECT fid, class_value, geometry FROM layer_features WHERE layer_id = ? ORDER BY fid',
  ).all(id) as { fid: number; class_value: string; geometry: string }[];
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.fid,
      geometry: JSON.parse(row.geometry) as LayerFeatureCollection['features'][number]['geometry'],
      properties: { level: layer.classMap[row.class_value] ?? null, classValue: row.class_value },
    })),
  };
}

/**
 * A raster drawn with its ramp, as a PNG data URL. Rendering a 5,000 × 5,000
 * grid takes a moment, so the PNG is kept beside the grid, named by version
 * and ramp: a changed ramp or file makes a new one, and old ones are removed.
 */
export function layerImage(ctx: CoreContext, id: string): OutputOf<'layers.image'> {
  const layer = getLayer(ctx.db, id);
  if (layer.kind !== 'raster' || !layer.raster) {
    throw new ApiError('VALIDATION', 'Only raster layers have an image.', { reason: 'NOT_RASTER' });
  }
  const dir = path.join(ctx.dataDir, 'layers');
  const cached = path.join(dir, `${id}.v${layer.version}.${layer.ramp}.png`);
  const cornersFile = `${cached}.json`;
  if (!fs.existsSync(cached) || !fs.existsSync(cornersFile)) {
    const preview = renderRasterPreview(ctx.rasters.open(ctx.dataDir, id), layer.ramp);
    for (const old of fs.readdirSync(dir).filter((f) => f.startsWith(`${id}.v`) && f.includes('.png'))) {
      fs.rmSync(path.join(dir, old), { force: true });
    }
    fs.writeFileSync(cached, preview.png);
    fs.writeFileSync(cornersFile, JSON.stringify(preview.coordinates));
  }
  const coordinates = JSON.parse(fs.readFileSync(cornersFile, 'utf8')) as OutputOf<'layers.image'>['coordinates'];
  return {
    dataUrl: `data:image/png;base64,${fs.readFileSync(cached).toString('base64')}`,
    coordinates,
    min: layer.raster.min,
    max: layer.raster.max,
  };
}

/** Values of the visible raster layers at a point, top layer first (the cursor readout). */
export function layerValuesAt(ctx: CoreContext, lon: number, lat: number): OutputOf<'layers.valueAt'> {
  return listLayers(ctx.db)
    .filter((layer) => layer.kind === 'raster' && layer.visible)
    .reverse()
    .map((layer) => ({
      layerId: layer.id,
      name: layer.name,
      unit: layer.unit,
      value: ctx.rasters.open(ctx.dataDir, layer.id).valueAt(lon, lat),
    }));
}
