import { zipSync } from 'fflate';
import { orientPolygons, polygonsOf } from './export-geometry.js';
import type { ExportPlot } from './export-query.js';
import type { FormatContext, FormatOutcome } from './export-types.js';
import { dbfTable } from './dbf.js';
import { PLOT_ATTRIBUTES } from './plot-attributes.js';
import { SHAPE_POINT, SHAPE_POLYGON, shpAndShx } from './shp-binary.js';
import type { ShapeRecord } from './shp-binary.js';

/** WGS84 in the ESRI WKT dialect that ArcGIS and QGIS expect in a .prj. */
const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const DBF_FIELDS = PLOT_ATTRIBUTES.map((a) => ({ name: a.dbfName, kind: a.kind, decimals: a.decimals }));

/** Shapefile rings run the other way from GeoJSON: outer rings clockwise, holes counter-clockwise. */
function shapeOf(plot: ExportPlot): ShapeRecord {
  if (plot.geometry.type === 'Point') return { type: 'point', position: plot.geometry.coordinates };
  return { type: 'polygon', rings: orientPolygons(polygonsOf(plot.geometry), false).flat() };
}

function layerFiles(name: string, shapeType: number, plots: readonly ExportPlot[], tick: () => void) {
  const records: ShapeRecord[] = [];
  const rows = plots.map((plot) => {
    tick();
    records.push(shapeOf(plot));
    return PLOT_ATTRIBUTES.map((a) => a.value(plot));
  });
  const { shp, shx } = shpAndShx(shapeType, records);
  const encoder = new TextEncoder();
  return {
    [`${name}.shp`]: shp,
    [`${name}.shx`]: shx,
    [`${name}.dbf`]: dbfTable(DBF_FIELDS, rows),
    [`${name}.prj`]: encoder.encode(WGS84_PRJ),
    // The .cpg tells GDAL, QGIS and ArcGIS the .dbf text is UTF-8, so Ñ and á survive.
    [`${name}.cpg`]: encoder.encode('UTF-8'),
  };
}

/**
 * A zipped Shapefile. A .shp holds one shape type, so polygons (plain and
 * multi-part) go to `plots.shp` and GPS points to `plot_points.shp`, side by
 * side in the zip. Field names are PLOT_ATTRIBUTES' `dbfName` (≤ 10 chars).
 * NOTE: written by hand rather than with @mapbox/shp-write, whose .dbf writer
 * stores each character as one byte (accents break) and writes no .cpg.
 */
export function writeShapefile(ctx: FormatContext): FormatOutcome {
  const polygons = ctx.plots.filter((plot) => plot.geometry.type !== 'Point');
  const points = ctx.plots.filter((plot) => plot.geometry.type === 'Point');
  let done = 0;
  const tick = () => ctx.tick(done++);
  const files: Record<string, Uint8Array> = {};
  if (polygons.length > 0 || points.length === 0)
    Object.assign(files, layerFiles('plots', SHAPE_POLYGON, polygons, tick));
  if (points.length > 0) Object.assign(files, layerFiles('plot_points', SHAPE_POINT, points, tick));
  ctx.files.write(ctx.outputPath, zipSync(files, { level: 6 }));
  return { plotCount: ctx.plots.length, skipped: [] };
}
