import Database from 'better-sqlite3';
import { bboxOfGeometry, emptyBbox, extendBbox, orientPolygons, polygonsOf } from './export-geometry.js';
import type { Bbox } from './export-geometry.js';
import type { ExportPlot } from './export-query.js';
import type { FormatContext, FormatOutcome } from './export-types.js';
import { gpkgMultiPolygon, gpkgPoint } from './gpkg-geometry.js';
import { SRS_WGS84, addRtreeIndex, createGpkgCore } from './gpkg-schema.js';
import { PLOT_ATTRIBUTES } from './plot-attributes.js';

const SQL_TYPES = { text: 'TEXT', real: 'REAL', integer: 'INTEGER' } as const;
const columnList = PLOT_ATTRIBUTES.map((a) => `"${a.name}" ${SQL_TYPES[a.kind]}`).join(', ');

interface Layer {
  table: 'plots' | 'plot_points';
  geometryType: 'MULTIPOLYGON' | 'POINT';
  description: string;
  plots: ExportPlot[];
}

function blobOf(plot: ExportPlot, box: Bbox): Buffer {
  if (plot.geometry.type === 'Point') return gpkgPoint(plot.geometry.coordinates, SRS_WGS84);
  return gpkgMultiPolygon(orientPolygons(polygonsOf(plot.geometry), true), SRS_WGS84, box);
}

/** Creates one feature table, registers it and fills it; returns the rows' boxes for the R-tree. */
function writeLayer(db: Database.Database, layer: Layer, tick: () => void) {
  db.exec(
    `CREATE TABLE "${layer.table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${layer.geometryType}, ${columnList})`,
  );
  const insert = db.prepare(
    `INSERT INTO "${layer.table}" (geom, ${PLOT_ATTRIBUTES.map((a) => `"${a.name}"`).join(', ')})
     VALUES (?, ${PLOT_ATTRIBUTES.map(() => '?').join(', ')})`,
  );
  const extent = emptyBbox();
  const boxes: { fid: number; minX: number; maxX: number; minY: number; maxY: number }[] = [];
  for (const plot of layer.plots) {
    tick();
    const box = bboxOfGeometry(plot.geometry);
    extendBbox(extent, [box.slice(0, 2), box.slice(2, 4)]);
    const { lastInsertRowid } = insert.run(blobOf(plot, box), ...PLOT_ATTRIBUTES.map((a) => a.value(plot)));
    boxes.push({ fid: Number(lastInsertRowid), minX: box[0], maxX: box[2], minY: box[1], maxY: box[3] });
  }
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
     VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    layer.table,
    layer.table,
    layer.description,
    ...(layer.plots.length > 0 ? extent : [null, null, null, null]),
    SRS_WGS84,
  );
  db.prepare(
    `INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
     VALUES (?, 'geom', ?, ?, 0, 0)`,
  ).run(layer.table, layer.geometryType, SRS_WGS84);
  return boxes;
}

/** The producers of the exported plots as an attribute table (no geometry): QGIS lists it beside the layers. */
function writeProducers(db: Database.Database, plots: readonly ExportPlot[]): void {
  db.exec(`CREATE TABLE producers (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, producer_id TEXT UNIQUE,
    member_code TEXT, names TEXT, dni TEXT, community TEXT, district TEXT, organisation TEXT,
    plot_count INTEGER, total_area_ha REAL)`);
  const totals = new Map<string, { plot: ExportPlot; count: number; areaHa: number }>();
  for (const plot of plots) {
    const total = totals.get(plot.producer.id) ?? { plot, count: 0, areaHa: 0 };
    total.count += 1;
    total.areaHa += plot.areaHa;
    totals.set(plot.producer.id, total);
  }
  const insert = db.prepare(`INSERT INTO producers (producer_id, member_code, names, dni, community, district,
    organisation, plot_count, total_area_ha) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const { plot, count, areaHa } of totals.values()) {
    const { producer, organisation } = plot;
    insert.run(
      producer.id,
      producer.memberCode,
      producer.names,
      producer.dni,
      producer.community,
      producer.district,
      organisation.name,
      count,
      Math.round(areaHa * 10_000) / 10_000,
    );
  }
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('producers', 'attributes', 'producers', ?)`,
  ).run('Productores de las parcelas exportadas');
}

/**
 * A GeoPackage 1.3 (it is an SQLite file): layer `plots` (MultiPolygon, so
 * Polygon and MultiPolygon plots share it), layer `plot_points` for GPS
 * points when there are any, and the `producers` attribute table. Both
 * layers carry the R-tree spatial index extension.
 */
export function writeGeoPackage(ctx: FormatContext): FormatOutcome {
  const partial = ctx.files.reserve(ctx.outputPath);
  const db = new Database(partial);
  try {
    // NOTE: no journal file beside the partial; a failed export discards the whole file anyway.
    db.pragma('journal_mode = MEMORY');
    const points = ctx.plots.filter((plot) => plot.geometry.type === 'Point');
    const layers: Layer[] = [
      {
        table: 'plots',
        geometryType: 'MULTIPOLYGON',
        description: 'Parcelas de café (polígonos)',
        plots: ctx.plots.filter((plot) => plot.geometry.type !== 'Point'),
      },
    ];
    if (points.length > 0) {
      layers.push({
        table: 'plot_points',
        geometryType: 'POINT',
        description: 'Parcelas de café (puntos GPS)',
        plots: points,
      });
    }
    let done = 0;
    db.transaction(() => {
      createGpkgCore(db);
      for (const layer of layers) {
        const boxes = writeLayer(db, layer, () => ctx.tick(done++));
        addRtreeIndex(db, layer.table, boxes);
      }
      writeProducers(db, ctx.plots);
    })();
  } finally {
    db.close();
  }
  return { plotCount: ctx.plots.length, skipped: [] };
}
