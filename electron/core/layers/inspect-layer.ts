import type { LayerInspection } from '../../../shared/api/layers.js';
import { suggestClassField, suggestClassMap } from '../../../shared/domain/class-map-suggest.js';
import type { ClassMap } from '../../../shared/domain/layer.js';
import type { JobContext } from '../api/job-context.js';
import { readSource } from '../import/readers/read-source.js';
import { unreadable } from '../import/readers/unreadable.js';
import { findSourceCrs } from '../import/resolve-import-crs.js';
import { readSourceBytes } from '../import/source-bytes.js';
import type { FileSource } from '../import/source-bytes.js';
import { readGeoTiff } from '../raster/read-geotiff.js';
import { rasterInfo } from '../raster/raster-files.js';
import { columnValues, polygonCount } from './vector-source.js';

/** TIFF's byte-order marks: classic (`II*\0`, `MM\0*`) and BigTIFF (`II+\0`, `MM\0+`). */
export function looksLikeTiff(fileName: string, bytes: Uint8Array): boolean {
  if (/\.tiff?$/i.test(fileName)) return true;
  const [a, b, c, d] = bytes;
  return (a === 0x49 && b === 0x49 && (c === 42 || c === 43) && d === 0) || (a === 0x4d && b === 0x4d && c === 0);
}

/** Let a progress event reach the caller before a synchronous parse holds the thread. */
export const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));

export async function inspectLayer(source: FileSource, job: JobContext): Promise<LayerInspection> {
  job.progress(0, null, 'read');
  await yieldToEvents();
  const { fileName, bytes } = readSourceBytes(source);
  if (looksLikeTiff(fileName, bytes)) {
    const grid = await readGeoTiff(bytes);
    const raster = rasterInfo(grid);
    return {
      fileName,
      kind: 'raster',
      format: 'geotiff',
      featureCount: 0,
      columns: [],
      values: {},
      suggestedClassField: null,
      suggestedMaps: {},
      crs: { code: raster.crsCode, name: `EPSG:${raster.crsCode}`, needsChoice: false },
      raster,
    };
  }
  const data = readSource(fileName, bytes);
  job.throwIfCancelled();
  const polygons = polygonCount(data);
  if (polygons === 0) {
    throw unreadable('NO_FEATURES', 'The file holds no polygons: a hazard layer needs areas.', {
      format: data.format,
    });
  }
  const values = columnValues(data);
  const suggestedMaps: Record<string, ClassMap> = {};
  for (const [column, list] of Object.entries(values)) {
    suggestedMaps[column] = suggestClassMap(list.map((v) => v.value));
  }
  const finding = findSourceCrs(data);
  return {
    fileName,
    kind: 'vector',
    format: data.format,
    featureCount: polygons,
    columns: data.columns,
    values,
    suggestedClassField: suggestClassField(data.columns, (c) => (values[c] ?? []).map((v) => v.value)),
    suggestedMaps,
    crs: {
      code: finding.detected?.code ?? null,
      name: finding.detected?.name ?? null,
      needsChoice: finding.needsChoice,
    },
    raster: null,
  };
}
