import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import * as polyclip from 'polyclip-ts';
import { describe, expect, it } from 'vitest';
import { buildVectorLayerIndex, type HazardPiece } from '../../../electron/core/risk/vector-layer-index.js';
import { seededRandom } from '../../../electron/core/synthetic/random.js';
import { overlayVector, type OverlayIssue } from '../../../electron/core/risk/vector-overlay.js';
import { hazardLevels, type HazardLevel } from '../../../shared/domain/hazard.js';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';
import { districtLevelByProvince, provinceOverlayLevels } from '../../fixtures/risk/overlay-levels.js';

const admin = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'admin');
const riskFixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'risk');
type Admin = FeatureCollection<Polygon, { IDDIST: string; NOMBPROV: string }>;
type Plots = FeatureCollection<Polygon | MultiPolygon, { plot_id: string; placed: string }>;
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** Both measures of one geometry in overlay_gdal.csv, m². */
interface GdalArea {
  /** SpatiaLite's ST_Area(g, 1): ellipsoidal, approximate. */
  spatialite: number;
  /** PROJ: g densified to 1e-5° and projected to a Lambert azimuthal equal-area centred on the plot. */
  laea: number;
}

/** overlay_gdal.csv (make-overlay-reference.sh): plot_id → "plot" | "district <IDDIST>" | "level <level>" → m². */
function gdalAreasM2(): Map<string, Map<string, GdalArea>> {
  const byPlot = new Map<string, Map<string, GdalArea>>();
  const lines = fs.readFileSync(path.join(riskFixtures, 'overlay_gdal.csv'), 'utf8').trim().split('\n');
  for (const line of lines.slice(1)) {
    const [plotId, kind, key, spatialite, laea] = line.replaceAll('"', '').split(',');
    const areas = byPlot.get(plotId as string) ?? new Map<string, GdalArea>();
    areas.set(kind === 'plot' ? 'plot' : `${kind} ${key}`, { spatialite: Number(spatialite), laea: Number(laea) });
    byPlot.set(plotId as string, areas);
  }
  return byPlot;
}

/**
 * Worst differences seen, to assert after the loop (and say what is achieved):
 * of a share of the plot, and of an area in m².
 */
const worst = () => ({ spatialiteShare: 0, spatialiteM2: 0, laeaShare: 0, laeaM2: 0 });
const none: GdalArea = { spatialite: 0, laea: 0 };

describe('vector overlay of the 30 reference plots against GDAL 3.6 (SpatiaLite ST_Area(…, 1) and PROJ)', () => {
  const districts = readJson<Admin>(path.join(admin, 'cajamarca_distritos.geojson'));
  const provinces = readJson<Admin>(path.join(admin, 'cajamarca_provincias.geojson'));
  const plots = readJson<Plots>(path.join(riskFixtures, 'overlay_plots.geojson'));
  const gdal = gdalAreasM2();
  // The hazard layer of overlay-levels.ts: districts by province, and two province polygons over them.
  const layer = buildVectorLayerIndex([
    ...districts.features.map((f) => ({
      level: districtLevelByProvince[f.properties.NOMBPROV] as HazardLevel,
      geometry: f.geometry,
    })),
    ...provinces.features
      .filter((f) => f.properties.NOMBPROV in provinceOverlayLevels)
      .map((f) => ({ level: provinceOverlayLevels[f.properties.NOMBPROV] as HazardLevel, geometry: f.geometry })),
  ]);

  it('has the 30 plots GDAL measured, and measures them as PROJ does', () => {
    expect(plots.features).toHaveLength(30);
    expect(gdal.size).toBe(30);
    expect(layer.featureCount).toBe(127 + 2);
    for (const plot of plots.features) {
      const reference = gdal.get(plot.properties.plot_id)?.get('plot') as GdalArea;
      const oursM2 = geodesicAreaHa(plot.geometry) * 10_000;
      // Measured: within 4.1e-8 of PROJ, 1.7e-6 of SpatiaLite.
      expect(Math.abs(oursM2 - reference.laea) / reference.laea).toBeLessThan(1e-7);
      expect(Math.abs(oursM2 - reference.spatialite) / reference.spatialite).toBeLessThan(2e-6);
    }
  });

  it('gives each level its share of the plot, overlaps to the highest level, as GDAL does', () => {
    const seen = worst();
    for (const plot of plots.features) {
      const id = plot.properties.plot_id;
      const reference = gdal.get(id) as Map<string, GdalArea>;
      const plotM2 = reference.get('plot') as GdalArea;
      const areaHa = geodesicAreaHa(plot.geometry);
      const stats = overlayVector(plot.geometry, areaHa, layer);
      let expectedHighest: HazardLevel | null = null;
      for (const level of hazardLevels) {
        const expected = reference.get(`level ${level}`) ?? none;
        if (expected.laea / plotM2.laea >= 1e-6) expectedHighest = level;
        const share = stats.shares[level] ?? 0;
        const oursM2 = share * areaHa * 10_000;
        seen.spatialiteShare = Math.max(
          seen.spatialiteShare,
          Math.abs(share - expected.spatialite / plotM2.spatialite),
        );
        seen.laeaShare = Math.max(seen.laeaShare, Math.abs(share - expected.laea / plotM2.laea));
        seen.spatialiteM2 = Math.max(seen.spatialiteM2, Math.abs(oursM2 - expected.spatialite));
        seen.laeaM2 = Math.max(seen.laeaM2, Math.abs(oursM2 - expected.laea));
      }
      expect(stats.highest, id).toBe(expectedHighest);
      const total = Object.values(stats.shares).reduce((sum, share) => sum + share, 0);
      expect(total, id).toBeLessThanOrEqual(1);
    }
    // Measured: PROJ 2.6e-8 of the plot and 0.019 m² at worst; SpatiaLite 3.5e-6 and 3.3 m² (on a 193 ha
    // plot whose own area SpatiaLite puts 3.3 m² above PROJ and Karney: its ellipsoidal area is approximate).
    expect(seen.laeaShare).toBeLessThan(1e-7);
    expect(seen.laeaM2).toBeLessThan(0.05);
    expect(seen.spatialiteShare).toBeLessThan(4e-6);
    expect(seen.spatialiteM2).toBeLessThan(3.5);
  });

  it('measures each plot ∩ district as GDAL does (each district on its own as a layer)', () => {
    const single = new Map(
      districts.features.map((f) => [
        f.properties.IDDIST,
        buildVectorLayerIndex([{ level: 'alto', geometry: f.geometry }]),
      ]),
    );
    const seen = worst();
    let pairs = 0;
    for (const plot of plots.features) {
      const reference = gdal.get(plot.properties.plot_id) as Map<string, GdalArea>;
      const areaHa = geodesicAreaHa(plot.geometry);
      for (const [iddist, index] of single) {
        const expected = reference.get(`district ${iddist}`) ?? none;
        const oursM2 = (overlayVector(plot.geometry, areaHa, index).shares.alto ?? 0) * areaHa * 10_000;
        if (expected.laea === 0 && oursM2 === 0) continue;
        pairs += 1;
        seen.laeaM2 = Math.max(seen.laeaM2, Math.abs(oursM2 - expected.laea));
        seen.spatialiteShare = Math.max(
          seen.spatialiteShare,
          Math.abs(oursM2 - expected.spatialite) / (areaHa * 10_000),
        );
      }
    }
    expect(pairs).toBeGreaterThan(60);
    // Measured: 0.025 m² from PROJ at worst; 3.1e-6 of the plot (6.1 m² on 193 ha) from SpatiaLite.
    expect(seen.laeaM2).toBeLessThan(0.05);
    expect(seen.spatialiteShare).toBeLessThan(4e-6);
  });
});

/** A lon/lat rectangle near Jaén (straight lon/lat edges, as GeoJSON means them). */
const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

describe('vector overlay, hand-made cases', () => {
  const plot = box(-78.81, -5.71, -78.8, -5.7); // ~122 ha
  const plotHa = geodesicAreaHa(plot);

  it('settles a plot inside one polygon without clipping (share exactly 1, whatever area is passed)', () => {
    const index = buildVectorLayerIndex([{ level: 'alto', geometry: box(-79, -6, -78, -5) }]);
    // The fast path does not measure: a wrong plot area cannot change a plot that is wholly in one class.
    expect(overlayVector(plot, 123.456, index)).toEqual({ shares: { alto: 1 }, highest: 'alto' });
  });

  it('splits a plot across two levels by area (a lon/lat rectangle cut at a quarter of its width)', () => {
    const index = buildVectorLayerIndex([
      { level: 'bajo', geometry: box(-79, -6, -78.8075, -5) },
      { level: 'muy_alto', geometry: box(-78.8075, -6, -78, -5) },
    ]);
    const stats = overlayVector(plot, plotHa, index);
    // Between two parallels, area is proportional to the longitude span (the ellipsoid is symmetric about its axis).
    expect(stats.shares.bajo).toBeCloseTo(0.25, 6);
    expect(stats.shares.muy_alto).toBeCloseTo(0.75, 6);
    expect(stats.highest).toBe('muy_alto');
  });

  it('counts overlapping polygons once: overlaps go to the highest level, a level overlapping itself is a union', () => {
    const index = buildVectorLayerIndex([
      { level: 'bajo', geometry: box(-79, -6, -78, -5) }, // holds the whole plot
      { level: 'medio', geometry: box(-78.81, -5.71, -78.805, -5.7) }, // west half
      { level: 'medio', geometry: box(-78.8075, -5.71, -78.8025, -5.7) }, // overlaps the other medio
      {
        level: 'alto',
        geometry: { type: 'MultiPolygon', coordinates: [box(-78.806, -5.72, -78.7, -5.69).coordinates] },
      },
    ]);
    const stats = overlayVector(plot, plotHa, index);
    // alto: lon −78.806…−78.8 = 6/10 of the plot; medio: −78.81…−78.806 = 4/10 (its own overlap counted once);
    // bajo: nothing left, though it holds the whole plot.
    expect(stats.shares.alto).toBeCloseTo(0.6, 6);
    expect(stats.shares.medio).toBeCloseTo(0.4, 6);
    expect(stats.shares.bajo).toBeUndefined();
    expect(stats.highest).toBe('alto');
  });

  it('gives a point plot the level of the highest polygon holding it', () => {
    const index = buildVectorLayerIndex([
      { level: 'bajo', geometry: box(-79, -6, -78, -5) },
      { level: 'alto', geometry: box(-78.9, -5.9, -78.7, -5.5) },
    ]);
    expect(overlayVector({ type: 'Point', coordinates: [-78.8, -5.7, 1450] }, 1, index)).toEqual({
      shares: { alto: 1 },
      highest: 'alto',
    });
    expect(overlayVector({ type: 'Point', coordinates: [-78.95, -5.7] }, 1, index)).toEqual({
      shares: { bajo: 1 },
      highest: 'bajo',
    });
    expect(overlayVector({ type: 'Point', coordinates: [-77, -5.7] }, 1, index)).toEqual({ shares: {}, highest: null });
  });

  it('does not count a polygon that only touches the plot along an edge or at a corner', () => {
    const touching = buildVectorLayerIndex([
      { level: 'muy_alto', geometry: box(-78.8, -5.8, -78.7, -5.705) }, // shares part of the plot's east edge
      { level: 'alto', geometry: box(-78.9, -5.8, -78.81, -5.71) }, // meets the south-west corner only
    ]);
    expect(overlayVector(plot, plotHa, touching)).toEqual({ shares: {}, highest: null });
    const inBajo = buildVectorLayerIndex([
      { level: 'bajo', geometry: box(-79, -6, -78.8, -5) }, // holds the plot, east edge on the plot's east edge
      { level: 'muy_alto', geometry: box(-78.8, -6, -78, -5) }, // touches it along that edge
    ]);
    const stats = overlayVector(plot, plotHa, inBajo);
    expect(stats.highest).toBe('bajo');
    expect(Object.keys(stats.shares)).toEqual(['bajo']);
    expect(stats.shares.bajo).toBeCloseTo(1, 9);
  });

  it('reads a self-intersecting hazard polygon by the non-zero rule without throwing', () => {
    // A bow-tie whose ring crosses itself at the plot's centre (−78.805, −5.705).
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-78.82, -5.72],
          [-78.79, -5.69],
          [-78.79, -5.72],
          [-78.82, -5.69],
          [-78.82, -5.72],
        ],
      ],
    };
    const stats = overlayVector(plot, plotHa, buildVectorLayerIndex([{ level: 'medio', geometry: bowTie }]));
    // The two lobes (left and right triangles) cover half of the plot.
    expect(stats.shares.medio).toBeCloseTo(0.5, 5);
    expect(stats.highest).toBe('medio');
  });

  it('skips and reports a piece polyclip cannot read, keeping the other pieces', () => {
    const good = buildVectorLayerIndex([{ level: 'alto', geometry: box(-78.805, -6, -78, -5) }])
      .pieces[0] as HazardPiece;
    // A coordinate polyclip-ts rejects (a string, as a hand-built or deserialised index could hold): it throws
    // on the piece and on its cleaning, so the piece is skipped. buildVectorLayerIndex itself keeps finite numbers only.
    const broken: HazardPiece = {
      ...good,
      level: 'muy_alto',
      rank: 3,
      featureIndex: 7,
      overlapFree: false,
      // Inside the plot's west half, so it reaches polyclip as it is.
      rings: [
        [
          [-78.809, -5.709],
          [-78.806, -5.709],
          [-78.806, '-5.705' as unknown as number],
          [-78.806, -5.701],
          [-78.809, -5.701],
          [-78.809, -5.709],
        ],
      ],
      ringBoxes: new Float64Array([-78.809, -5.709, -78.806, -5.701]),
      bbox: [-78.809, -5.709, -78.806, -5.701],
    };
    const pieces = [good, broken];
    const issues: OverlayIssue[] = [];
    const stats = overlayVector(plot, plotHa, { featureCount: 2, pieces, candidates: () => pieces }, (issue) =>
      issues.push(issue),
    );
    expect(issues).toContainEqual({ code: 'PIECE_SKIPPED', featureIndex: 7 });
    expect(stats.shares.alto).toBeCloseTo(0.5, 6);
    expect(stats.shares.muy_alto).toBeUndefined();
  });

  it('tiles a polygon of 2,000 vertices and measures the same area as clipping it whole', () => {
    const circle: Position[] = Array.from({ length: 2000 }, (_, k) => [
      -78.8 + 0.05 * Math.cos((k / 2000) * 2 * Math.PI),
      -5.7 + 0.05 * Math.sin((k / 2000) * 2 * Math.PI),
    ]);
    circle.push(circle[0] as Position);
    const disc: Polygon = { type: 'Polygon', coordinates: [circle] };
    const index = buildVectorLayerIndex([{ level: 'medio', geometry: disc }]);
    expect(index.pieces.length).toBeGreaterThan(8);
    expect(Math.max(...index.pieces.map((p) => p.rings[0]?.length ?? 0))).toBeLessThanOrEqual(257 + 8);
    // A plot across the circle's edge at its east end, and one across two tile cuts at its centre.
    for (const crossing of [box(-78.755, -5.705, -78.745, -5.695), box(-78.805, -5.705, -78.795, -5.695)]) {
      const whole = geodesicAreaHa({
        type: 'MultiPolygon',
        coordinates: polyclip.intersection(crossing.coordinates as [number, number][][], [
          circle as [number, number][],
        ]),
      });
      const stats = overlayVector(crossing, geodesicAreaHa(crossing), index);
      expect(stats.shares.medio).toBeCloseTo(whole / geodesicAreaHa(crossing), 7);
    }
  });
});

describe('vector overlay, clipping without polyclip', () => {
  it('splits a non-convex (L-shaped) plot by area', () => {
    const lShape: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-78.81, -5.71],
          [-78.8, -5.71],
          [-78.8, -5.705],
          [-78.805, -5.705],
          [-78.805, -5.7],
          [-78.81, -5.7],
          [-78.81, -5.71],
        ],
      ],
    };
    const index = buildVectorLayerIndex([
      { level: 'bajo', geometry: box(-79, -6, -78.805, -5) },
      { level: 'alto', geometry: box(-78.805, -6, -78, -5) },
    ]);
    expect(index.pieces.every((piece) => piece.overlapFree)).toBe(true);
    const areaHa = geodesicAreaHa(lShape);
    const stats = overlayVector(lShape, areaHa, index);
    // alto holds the lower-right square of the L, bajo the other two.
    const altoHa = geodesicAreaHa(box(-78.805, -5.71, -78.8, -5.705));
    expect(stats.shares.alto).toBeCloseTo(altoHa / areaHa, 9);
    expect(stats.shares.bajo).toBeCloseTo(1 - altoHa / areaHa, 9);
  });

  it('agrees with polyclip on 200 plots, convex and not, over a jittered grid of 4 levels', () => {
    const random = seededRandom(3);
    const n = 6;
    const corner = Array.from({ length: n + 1 }, (_, i) =>
      Array.from({ length: n + 1 }, (_, j): Position => {
        const inner = i > 0 && i < n && j > 0 && j < n;
        return [
          -78.9 + i * 0.01 + (inner ? (random() - 0.5) * 0.004 : 0),
          -5.8 + j * 0.01 + (inner ? (random() - 0.5) * 0.004 : 0),
        ];
      }),
    );
    const at = (i: number, j: number): Position => corner[i]?.[j] as Position;
    const cells = [];
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        const ring = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1), at(i, j)];
        cells.push({
          level: hazardLevels[(i * 7 + j * 3) % 4] as HazardLevel,
          geometry: { type: 'Polygon', coordinates: [ring] } as Polygon,
        });
      }
    }
    const index = buildVectorLayerIndex(cells);
    expect(index.pieces.every((piece) => piece.overlapFree)).toBe(true);
    // The same pieces marked as possibly overlapping: every plot then goes through polyclip-ts.
    const viaPolyclip = {
      ...index,
      candidates: (bbox: readonly [number, number, number, number]) =>
        index.candidates(bbox).map((piece) => ({ ...piece, overlapFree: false })),
    };
    let worst = 0;
    for (let k = 0; k < 200; k += 1) {
      const [cx, cy, r] = [-78.895 + random() * 0.05, -5.795 + random() * 0.05, 0.001 + random() * 0.006];
      // Even plots: irregular hexagons; odd ones: concave "stars" (radius alternating between r and r/2).
      const points = k % 2 === 0 ? 6 : 10;
      const ring: Position[] = Array.from({ length: points }, (_, v) => {
        const angle = (v / points) * 2 * Math.PI + random() * 0.3;
        const radius = k % 2 === 0 ? r : v % 2 === 0 ? r : r / 2;
        return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
      });
      const plot: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
      const areaHa = geodesicAreaHa(plot);
      const fast = overlayVector(plot, areaHa, index);
      const reference = overlayVector(plot, areaHa, viaPolyclip);
      expect(fast.highest, `plot ${k}`).toBe(reference.highest);
      for (const level of hazardLevels) {
        worst = Math.max(worst, Math.abs((fast.shares[level] ?? 0) - (reference.shares[level] ?? 0)));
      }
    }
    // Measured: 1.9e-8 at worst (the polyclip path subtracts areas measured from different vertices).
    expect(worst).toBeLessThan(1e-7);
  });
});
