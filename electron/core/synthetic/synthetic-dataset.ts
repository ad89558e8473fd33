import type { Polygon, Position } from 'geojson';
import { coffeeVarieties } from '../../../shared/domain/varieties.js';
import { geodesicAreaHa, geodesicPerimeterM } from '../../../shared/geo/geodesic.js';
import { geometryHash } from '../plots/plots-store.js';
import type { Store } from '../store/open-store.js';
import { newId, nowIso } from '../store/rows.js';
import { pick, seededRandom } from './random.js';

/**
 * A clearly synthetic dataset for benchmarks and scale tests: organisations
 * named "[SINTÉTICO] …", member codes "SYN-…", families called "Familia
 * sintética N". Plots are irregular hexagons on a jittered grid over the
 * coffee belt of Jaén and San Ignacio (lon −79.2…−78.4, lat −6.1…−5.1, inside Peru), so
 * none overlap, at realistic sizes (0.3–4 ha) and altitudes (900–2,000 msnm).
 */
export interface SyntheticOptions {
  organisations: number;
  familiesPerOrganisation: number;
  plotsPerFamily: number;
  seed: number;
}

export interface SyntheticSummary {
  organisations: number;
  producers: number;
  plots: number;
  organisationIds: string[];
}

const WEST = -79.2;
const SOUTH = -6.1;
const WIDTH_DEG = 0.8;
const HEIGHT_DEG = 1.0;
const SYSTEMS = ['convencional', 'organico', 'transicion'] as const;

function hexagon(random: () => number, centre: Position, radiusDeg: number): Polygon {
  const ring: Position[] = [];
  for (let k = 0; k < 6; k += 1) {
    const angle = (k / 6) * 2 * Math.PI + random() * 0.4;
    const r = radiusDeg * (0.75 + random() * 0.25);
    ring.push([
      Math.round(((centre[0] as number) + r * Math.cos(angle)) * 1e7) / 1e7,
      Math.round(((centre[1] as number) + r * Math.sin(angle)) * 1e7) / 1e7,
    ]);
  }
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}

export function generateSyntheticDataset(db: Store, options: SyntheticOptions): SyntheticSummary {
  const random = seededRandom(options.seed);
  const totalPlots = options.organisations * options.familiesPerOrganisation * options.plotsPerFamily;
  // One grid cell per plot; the hexagon stays inside its cell so plots never overlap.
  const columns = Math.ceil(Math.sqrt(totalPlots * (WIDTH_DEG / HEIGHT_DEG)));
  const rows = Math.ceil(totalPlots / columns);
  const cellW = WIDTH_DEG / columns;
  const cellH = HEIGHT_DEG / rows;
  // A hexagon of radius r covers 2.6·r²: 0.3–4 ha is r ≈ 34–124 m ≈ 0.0003–0.0011°.
  // The cell caps it so that even 100,000 plots fit without touching.
  const maxRadius = Math.min(cellW, cellH) * 0.45;
  const radiusFor = (): number => Math.min(maxRadius, 0.0003 + random() * 0.0008);

  const insertOrg = db.prepare(
    `INSERT INTO organisations (id, name, type, region, province, district, contact, created_at, updated_at)
     VALUES (?, ?, 'cooperativa', 'Cajamarca', ?, '', 'Datos sintéticos para pruebas', ?, ?)`,
  );
  const insertProducer = db.prepare(
    `INSERT INTO producers (id, organisation_id, member_code, names, gender, household_size, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'Familia sintética: no es una persona real.', ?, ?)`,
  );
  const insertPlot = db.prepare(
    `INSERT INTO plots (id, producer_id, name, geometry, geometry_hash, area_ha, perimeter_m, centroid_lon, centroid_lat,
       altitude_m, altitude_source, variety, planting_year, plants_per_ha, shade_pct, production_system, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'typed', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBox = db.prepare('INSERT INTO plots_rtree VALUES ((SELECT rowid FROM plots WHERE id = ?), ?, ?, ?, ?)');

  const organisationIds: string[] = [];
  let cell = 0;
  db.transaction(() => {
    const now = nowIso();
    for (let o = 0; o < options.organisations; o += 1) {
      const orgId = newId();
      organisationIds.push(orgId);
      insertOrg.run(
        orgId,
        `[SINTÉTICO] Cooperativa de prueba ${o + 1}`,
        o % 2 === 0 ? 'Jaén' : 'San Ignacio',
        now,
        now,
      );
      for (let f = 0; f < options.familiesPerOrganisation; f += 1) {
        const producerId = newId();
        const code = `SYN-${String(o + 1).padStart(2, '0')}-${String(f + 1).padStart(5, '0')}`;
        insertProducer.run(
          producerId,
          orgId,
          code,
          `Familia sintética ${o + 1}-${f + 1}`,
          pick(random, ['mujer', 'hombre']),
          2 + Math.floor(random() * 6),
          now,
          now,
        );
        for (let p = 0; p < options.plotsPerFamily; p += 1) {
          const col = cell % columns;
          const row = Math.floor(cell / columns);
          cell += 1;
          const centre: Position = [WEST + (col + 0.5) * cellW, SOUTH + (row + 0.5) * cellH];
          const geometry = hexagon(random, centre, radiusFor());
          const ring = geometry.coordinates[0] as Position[];
          const xs = ring.map((q) => q[0] as number);
          const ys = ring.map((q) => q[1] as number);
          const json = JSON.stringify(geometry);
          const plotId = newId();
          // Higher rows of the grid are further south-east and higher up, roughly as the real slopes.
          const altitudeM = Math.round(900 + 1100 * (row / rows) * 0.7 + random() * 330);
          insertPlot.run(
            plotId,
            producerId,
            `Parcela ${p + 1}`,
            json,
            geometryHash(geometry),
            geodesicAreaHa(geometry),
            geodesicPerimeterM(geometry),
            centre[0],
            centre[1],
            altitudeM,
            pick(random, coffeeVarieties),
            1995 + Math.floor(random() * 30),
            1500 + Math.floor(random() * 3000),
            Math.round(random() * 70),
            pick(random, SYSTEMS),
            now,
            now,
          );
          insertBox.run(plotId, Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys));
        }
      }
    }
  })();
  return {
    organisations: options.organisations,
    producers: options.organisations * options.familiesPerOrganisation,
    plots: totalPlots,
    organisationIds,
  };
}
