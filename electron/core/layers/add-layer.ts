import type { Geometry } from 'geojson';
import type { ParsedInputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { Layer } from '../../../shared/domain/layer.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { toWgs84 } from '../geo/crs.js';
import { readSource } from '../import/readers/read-source.js';
import { importCrs } from '../import/resolve-import-crs.js';
import { readSourceBytes } from '../import/source-bytes.js';
import { readGeoTiff } from '../raster/read-geotiff.js';
import { removeRasterFiles, saveRasterFiles } from '../raster/raster-files.js';
import { newId } from '../store/rows.js';
import { stmt } from '../store/statements.js';
import { looksLikeTiff, yieldToEvents } from './inspect-layer.js';
import { getLayer, insertLayerRow } from './layers-store.js';
import { classLabel, isAreal } from './vector-source.js';

type AddInput = ParsedInputOf<'layers.add'>;

/**
 * Adds a hazard layer. Vector: every polygon reprojected to WGS84 and stored
 * with its class value in ONE transaction (a bad file or a cancel leaves the
 * store as it was). Raster: the GeoTIFF and its float grid are written to the
 * data folder first, then the row; if the row fails the files are removed.
 */
export async function addLayer(ctx: CoreContext, input: AddInput, job: JobContext): Promise<Layer> {
  job.progress(0, null, 'read');
  await yieldToEvents();
  const { fileName, bytes } = readSourceBytes(input.source);
  const id = newId();
  if (looksLikeTiff(fileName, bytes)) return addRaster(ctx, input, job, { id, fileName, bytes });
  return addVector(ctx, input, job, { id, fileName, bytes });
}

interface FileBytes {
  id: string;
  fileName: string;
  bytes: Uint8Array;
}

async function addRaster(ctx: CoreContext, input: AddInput, job: JobContext, file: FileBytes): Promise<Layer> {
  const grid = await readGeoTiff(file.bytes);
  job.throwIfCancelled();
  job.progress(1, 3, 'write');
  const raster = saveRasterFiles(ctx.dataDir, file.id, grid, file.bytes);
  try {
    job.throwIfCancelled();
    // Read back inside the transaction: a row that does not read as a layer is never committed.
    const layer = ctx.db.transaction(() => {
      insertLayerRow(ctx.db, {
        id: file.id,
        kind: 'raster',
        meta: input.meta,
        fileName: file.fileName,
        classField: null,
        classMap: {},
        featureCount: 0,
        raster,
      });
      return getLayer(ctx.db, file.id);
    })();
    job.progress(3, 3, 'write');
    return layer;
  } catch (error) {
    removeRasterFiles(ctx.dataDir, file.id);
    throw error;
  }
}

async function addVector(ctx: CoreContext, input: AddInput, job: JobContext, file: FileBytes): Promise<Layer> {
  const source = readSource(file.fileName, file.bytes);
  const classField = input.classField;
  if (classField !== null && !source.columns.includes(classField)) {
    throw new ApiError('VALIDATION', `The file has no attribute "${classField}".`, {
      field: 'classField',
      reason: 'UNKNOWN_CLASS_FIELD',
    });
  }
  const crs = importCrs(source, input.crsCode);
  const features = source.features.filter((f) => isAreal(f.geometry));
  if (features.length === 0) {
    throw new ApiError('VALIDATION', 'The file holds no polygons: a hazard layer needs areas.', {
      reason: 'NO_POLYGONS',
    });
  }
  job.progress(0, features.length, 'write');
  await yieldToEvents();
  job.throwIfCancelled();
  const insert = stmt(ctx.db, 'INSERT INTO layer_features (layer_id, fid, class_value, geometry) VALUES (?, ?, ?, ?)');
  // NOTE: synchronous on purpose: no await inside a transaction. Read back inside it: all of the layer or nothing.
  return ctx.db.transaction(() => {
    insertLayerRow(ctx.db, {
      id: file.id,
      kind: 'vector',
      meta: input.meta,
      fileName: file.fileName,
      classField,
      classMap: input.classMap,
      featureCount: features.length,
      raster: null,
    });
    features.forEach((feature, fid) => {
      const geometry = toWgs84(feature.geometry as Geometry, crs);
      const label = classField === null ? '' : classLabel(feature.properties[classField]);
      insert.run(file.id, fid, label, JSON.stringify(geometry));
      if (fid % 2000 === 0) job.progress(fid, features.length, 'write');
    });
    return getLayer(ctx.db, file.id);
  })();
}
