import type { AttributeValue, SourceCrs, SourceData, SourceFeature, SourceWarning } from '../source-types.js';
import { columnsOf, nullGeometryWarnings } from './attributes.js';
import { DbfFormatError, readDbf } from './dbf.js';
import { ShpFormatError, readShp } from './shp.js';
import { encodingFromCpg } from './text-encoding.js';
import { describeError, unreadable } from './unreadable.js';
import { extensionOf, unzipFiles } from './zip.js';
import { commonCrs, multipleLayersWarning } from './layers.js';

const PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg']);

interface LayerFiles {
  name: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

/**
 * A zipped shapefile, as agencies and QGIS users send them: any folder, any
 * letter case (LOTES.SHP with lotes.dbf), possibly several layers in one zip.
 * The .shx index is not needed: records are read in order from the .shp.
 */
export function readShapefileZip(bytes: Uint8Array): SourceData {
  const files = unzipFiles(bytes, (path) => PARTS.has(extensionOf(path)));
  const layers = groupLayers(files);
  if (layers.length === 0) {
    throw unreadable('NO_SHP', 'The zip holds no .shp file.', { files: [...files.keys()] });
  }
  const withoutDbf = layers.find((layer) => !layer.dbf);
  if (withoutDbf) {
    throw unreadable('NO_DBF', `The layer "${withoutDbf.name}" has no .dbf attribute table.`, {
      layer: withoutDbf.name,
    });
  }
  const multiple = layers.length > 1;
  const warnings: SourceWarning[] = [];
  const features: SourceFeature[] = [];
  let unsupported = 0;
  const crs = commonCrs(layers.map((layer) => ({ name: layer.name, crs: crsOf(layer.prj) })));
  warnings.push(...multipleLayersWarning(layers.map((layer) => layer.name)));
  for (const layer of layers) {
    const read = readLayer(layer, multiple);
    for (const feature of read.features) features.push(feature);
    unsupported += read.unsupported;
    if (read.latin1Assumed) warnings.push({ code: 'ENCODING_ASSUMED_LATIN1', params: { layer: layer.name } });
    if (read.features.length === 0) warnings.push({ code: 'EMPTY_LAYER', params: { layer: layer.name } });
  }
  warnings.push(...nullGeometryWarnings(features, unsupported));
  if (unsupported > 0) warnings.push({ code: 'UNSUPPORTED_GEOMETRY', params: { count: unsupported } });
  return { format: 'shapefile', features, crs, columns: columnsOf(features), warnings };
}

/** Files grouped by path without extension, letter case ignored; only groups with a .shp are layers. */
function groupLayers(files: Map<string, Uint8Array>): LayerFiles[] {
  const groups = new Map<string, LayerFiles>();
  for (const [path, data] of files) {
    const ext = extensionOf(path) as 'shp' | 'shx' | 'dbf' | 'prj' | 'cpg';
    const base = path.slice(0, path.length - ext.length - 1);
    const key = base.toLowerCase();
    const group = groups.get(key) ?? { name: base.slice(base.lastIndexOf('/') + 1) };
    if (ext !== 'shx') group[ext] = data;
    groups.set(key, group);
  }
  return [...groups.values()].filter((group) => group.shp);
}

function readLayer(layer: LayerFiles, multiple: boolean) {
  let shapes;
  let table;
  try {
    shapes = readShp(layer.shp as Uint8Array);
    const cpg = layer.cpg ? encodingFromCpg(Buffer.from(layer.cpg).toString('latin1')) : null;
    table = readDbf(layer.dbf as Uint8Array, cpg);
  } catch (error) {
    if (!(error instanceof ShpFormatError || error instanceof DbfFormatError)) throw error;
    throw unreadable('UNKNOWN_FORMAT', `The layer "${layer.name}" is damaged: ${describeError(error)}.`, {
      problem: error instanceof ShpFormatError ? 'CORRUPT_SHP' : 'CORRUPT_DBF',
      layer: layer.name,
      detail: describeError(error),
    });
  }
  // Shapes past the end of the table (a .dbf cut short) still count, with empty attributes.
  const blank: Record<string, AttributeValue> = Object.fromEntries(table.fields.map((name) => [name, null]));
  const features: SourceFeature[] = [];
  let unsupported = 0;
  for (let index = 0; index < shapes.length; index += 1) {
    const shape = shapes[index] as (typeof shapes)[number];
    const properties = index < table.records.length ? table.records[index] : { ...blank };
    if (properties === null || properties === undefined) continue; // deleted in the .dbf
    if (shape.unsupported) unsupported += 1;
    features.push(
      multiple
        ? { index, geometry: shape.geometry, properties, layer: layer.name }
        : { index, geometry: shape.geometry, properties },
    );
  }
  return { features, unsupported, latin1Assumed: table.latin1Assumed };
}

/** The .prj is an ESRI WKT; the importer resolves it (e.g. "WGS_1984_UTM_Zone_17S" → EPSG:32717). */
function crsOf(prj: Uint8Array | undefined): SourceCrs {
  const wkt = prj ? Buffer.from(prj).toString('latin1').trim() : '';
  return wkt === '' ? { kind: 'none' } : { kind: 'wkt', wkt };
}
