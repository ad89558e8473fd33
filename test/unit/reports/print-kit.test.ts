import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks } from '../../../renderer/features/reports/print/chart-scale.js';
import { hatchPath, levelFillStyle, pathBox } from '../../../renderer/features/reports/print/hatch.js';
import { drawPlot, ringCentre } from '../../../renderer/features/reports/print/map-drawing.js';
import { placeLabels } from '../../../renderer/features/reports/print/map-labels.js';
import {
  boundsOf,
  fitMap,
  inverseMercator,
  mercator,
  roundLengthM,
  scaleBarFor,
} from '../../../renderer/features/reports/print/map-projection.js';
import { isPrintHash, parsePrintRoute, printLocale } from '../../../renderer/features/reports/print/print-route.js';
import { reportRoute } from '../../../shared/api/reports.js';

const PLAN = '0b6f1c7e-8a7d-4c5e-9f00-1234567890ab';
const ORG = '5d7e3c2a-1b4f-4e6d-8a9b-abcdefabcdef';

describe('print routes', () => {
  it('parses every route reportRoute writes, with its language', () => {
    expect(parsePrintRoute(reportRoute({ kind: 'farm-plan', planId: PLAN }, 'es-PE'))).toEqual({
      kind: 'farm-plan',
      planId: PLAN,
    });
    expect(parsePrintRoute(reportRoute({ kind: 'org-plan', planId: PLAN }, 'en'))).toEqual({
      kind: 'org-plan',
      planId: PLAN,
    });
    expect(parsePrintRoute(reportRoute({ kind: 'plot-sheets', producerId: PLAN }, 'en'))).toEqual({
      kind: 'plot-sheets',
      scope: 'producer',
      id: PLAN,
    });
    expect(parsePrintRoute(reportRoute({ kind: 'plot-sheets', organisationId: ORG }, 'es-PE'))).toEqual({
      kind: 'plot-sheets',
      scope: 'organisation',
      id: ORG,
    });
    expect(printLocale(reportRoute({ kind: 'farm-plan', planId: PLAN }, 'en'))).toBe('en');
    expect(printLocale(`#/imprimir/farm-plan/${PLAN}?lang=es-PE`)).toBe('es-PE');
  });

  it('refuses what it cannot print, and tells print hashes from the app sections', () => {
    expect(parsePrintRoute(`#/imprimir/farm-plan/not-a-uuid`)).toBeNull();
    expect(parsePrintRoute(`#/imprimir/budget/${PLAN}`)).toBeNull();
    expect(parsePrintRoute(`#/imprimir/plot-sheets/family/${PLAN}`)).toBeNull();
    expect(parsePrintRoute(`#/imprimir/farm-plan/${PLAN}/extra`)).toBeNull();
    expect(parsePrintRoute(`#/planes/${PLAN}`)).toBeNull();
    expect(printLocale(`#/imprimir/farm-plan/${PLAN}?lang=fr`)).toBeNull();
    expect(printLocale(`#/imprimir/farm-plan/${PLAN}`)).toBeNull();
    expect(isPrintHash('#/imprimir/farm-plan/x')).toBe(true);
    expect(isPrintHash('#/imprimir')).toBe(true);
    expect(isPrintHash('#/imprimirx')).toBe(false);
    expect(isPrintHash('#/planes')).toBe(false);
  });
});

describe('print map projection', () => {
  it('is Web Mercator on the WGS84 radius', () => {
    // π × 6,378,137 m: the x of the antimeridian in EPSG:3857.
    expect(mercator([180, 0])[0]).toBeCloseTo(20_037_508.34, 1);
    expect(mercator([0, 0])[0]).toBe(0);
    expect(mercator([0, 0])[1]).toBeCloseTo(0, 6);
    const [lon, lat] = inverseMercator(mercator([-78.51, -7.16]));
    expect(lon).toBeCloseTo(-78.51, 10);
    expect(lat).toBeCloseTo(-7.16, 10);
  });

  it('fits a Cajamarca farm to the frame, centred, with the margin on the limiting side', () => {
    const box = { west: -78.52, south: -7.17, east: -78.5, north: -7.15 };
    const fit = fitMap(box, 688, 414, 24);
    // The box is 0.02° square: 2,226 Mercator metres wide, 2,244 tall (1/cos 7.16°), so the height limits.
    const [, yNorth] = fit.project([-78.51, -7.15]);
    const [, ySouth] = fit.project([-78.51, -7.17]);
    expect(yNorth).toBeCloseTo(24, 6);
    expect(ySouth).toBeCloseTo(390, 6);
    const [xWest] = fit.project([-78.52, -7.16]);
    const [xEast] = fit.project([-78.5, -7.16]);
    expect((xWest + xEast) / 2).toBeCloseTo(344, 6);
    // 366 units for 2,243.9 Mercator metres; 0.02° of longitude is 2,226.39 of them.
    expect(xEast - xWest).toBeCloseTo((366 * 2226.39) / 2243.9, 0);
    expect(fit.frame.west).toBeLessThan(-78.52);
    expect(fit.frame.north).toBeGreaterThan(-7.15);
  });

  it('measures the scale bar geodesically and rounds it to 1-2-5', () => {
    expect(roundLengthM(137)).toBe(100);
    expect(roundLengthM(250)).toBe(200);
    expect(roundLengthM(999)).toBe(500);
    expect(roundLengthM(1000)).toBe(1000);
    expect(roundLengthM(0.7)).toBe(0.5);
    expect(roundLengthM(0)).toBe(0);

    const fit = fitMap({ west: -78.52, south: -7.17, east: -78.5, north: -7.15 }, 688, 414, 24);
    const bar = scaleBarFor(fit, 150);
    // Along the parallel at 7.16° S, one degree of longitude is π/180 · a·cosφ / √(1 − e² sin²φ) = 110,456.6 m
    // (a = 6,378,137 m, e² = 0.00669438); the map shows 0.02° in (xEast − xWest) units.
    const [xWest] = fit.project([-78.52, -7.16]);
    const [xEast] = fit.project([-78.5, -7.16]);
    const expectedMPerUnit = (110_456.6 * 0.02) / (xEast - xWest);
    expect(bar.metresPerUnit).toBeCloseTo(expectedMPerUnit, 2);
    // 150 units × 6.08 m = 912 m → a 500 m bar, 82 units long.
    expect(bar.lengthM).toBe(500);
    expect(bar.lengthUnits).toBeCloseTo(500 / expectedMPerUnit, 1);
  });

  it('widens a single point to a readable extent', () => {
    const box = boundsOf([{ type: 'Point', coordinates: [-78.51, -7.16] }]);
    expect(box).toEqual({ west: -78.51, south: -7.16, east: -78.51, north: -7.16 });
    const fit = fitMap(box!, 688, 414, 24, 300);
    // 300 Mercator metres over the 366 units of height.
    expect(fit.unitsPerMercatorM).toBeCloseTo(366 / 300, 9);
    expect(fit.project([-78.51, -7.16])).toEqual([344, 207]);
    expect(boundsOf([])).toBeNull();
  });
});

describe('print map labels and chart axes', () => {
  it('keeps the bigger plot’s label when two would overlap, and drops labels outside the frame', () => {
    const placed = placeLabels(
      [
        { id: 'small', x: 100, y: 100, text: 'Parcela chica', priority: 10 },
        { id: 'big', x: 105, y: 102, text: 'Parcela grande', priority: 500 },
        { id: 'far', x: 300, y: 100, text: 'Lejos', priority: 1 },
        { id: 'edge', x: 2, y: 100, text: 'Borde', priority: 1000 },
      ],
      8.5,
      { width: 688, height: 400 },
    );
    expect(placed.map((label) => label.id)).toEqual(['big', 'far']);
  });

  it('labels 1,000 plots on a grid without overlaps', () => {
    const candidates = Array.from({ length: 1000 }, (_, i) => ({
      id: String(i),
      x: 20 + (i % 40) * 16,
      y: 20 + Math.floor(i / 40) * 14,
      text: String(i + 1),
      priority: i,
    }));
    const placed = placeLabels(candidates, 8.5, { width: 688, height: 400 });
    expect(placed.length).toBeGreaterThan(100);
    let overlaps = 0;
    for (const a of placed)
      for (const b of placed)
        if (a !== b && Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height)
          overlaps++;
    expect(overlaps).toBe(0);
  });

  it('picks round ticks covering the data', () => {
    expect(niceTicks(0, 23_456)).toEqual([0, 5000, 10_000, 15_000, 20_000, 25_000]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-1200, 3000)).toEqual([-2000, -1000, 0, 1000, 2000, 3000]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(linearScale([0, 100], [200, 0])(25)).toBe(150);
  });
});

describe('print hatches (vector lines instead of rasterised patterns)', () => {
  it('reads the box of the paths the maps and charts write', () => {
    expect(pathBox('M10,20L30,20L30,50Z')).toEqual({ x: 10, y: 20, width: 20, height: 30 });
    expect(pathBox('M0.5,0.5H11.5V11.5H0.5Z')).toEqual({ x: 0.5, y: 0.5, width: 11, height: 11 });
    expect(pathBox('m10,10l5,0l0,5z')).toEqual({ x: 10, y: 10, width: 5, height: 5 });
    expect(pathBox('M 1 2 L 3 4 5 6')).toEqual({ x: 1, y: 2, width: 4, height: 4 });
    expect(pathBox('M0,0A5,5 0 1 0 10,0')).toBeNull();
  });

  it('covers a box with lines on a grid shared by all shapes', () => {
    const box = { x: 0, y: 0, width: 12, height: 12 };
    // "/" lines x + y = c for c = 0, 6, 12, 18, 24.
    const diagonal = hatchPath('diagonal', box, 6);
    expect(diagonal.match(/M/g)).toHaveLength(5);
    expect(diagonal.startsWith('M0,0L-12,12')).toBe(true);
    // Plus "\" lines y − x = c for c = −12 … 12.
    expect(hatchPath('cross', box, 6).match(/M/g)).toHaveLength(10);
    // Dots: rows through the cells' middles (y = 3, 9), from the grid line at or left of the box.
    expect(hatchPath('dots', box, 6)).toBe('M0,3H18M0,9H18');
    expect(hatchPath('dots', { x: 7, y: 7, width: 4, height: 4 }, 6)).toBe('M6,9H17');
    expect(hatchPath('plain', box, 6)).toBe('');
  });

  it('gives each level more ink than the one below, as on screen', () => {
    expect([null, 'bajo', 'medio', 'alto', 'muy_alto'].map((l) => levelFillStyle(l as never).hatch)).toEqual([
      'dashes',
      'plain',
      'dots',
      'diagonal',
      'cross',
    ]);
  });
});

describe('print map drawing', () => {
  it('labels a polygon at the centre of its area and marks specks and points with a symbol', () => {
    expect(
      ringCentre([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
    ).toEqual({ x: 5, y: 5, area: 100 });
    expect(
      ringCentre([
        [0, 0],
        [20, 0],
        [20, 10],
        [10, 10],
        [10, 20],
        [0, 20],
      ]),
    ).toEqual({
      x: 25 / 3,
      y: 25 / 3,
      area: 300,
    });
    const fit = fitMap({ west: -78.52, south: -7.17, east: -78.5, north: -7.15 }, 688, 414, 24);
    const big = drawPlot(
      {
        id: 'a',
        name: 'A',
        level: 'alto',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-78.52, -7.17],
              [-78.5, -7.17],
              [-78.5, -7.15],
              [-78.52, -7.15],
              [-78.52, -7.17],
            ],
          ],
        },
      },
      fit,
    );
    expect(big.symbol).toBe(false);
    expect(big.centre.x).toBeCloseTo(344, 6);
    expect(big.box.height).toBeCloseTo(366, 6);
    const speck = drawPlot(
      {
        id: 'b',
        name: 'B',
        level: null,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-78.51, -7.16],
              [-78.50999, -7.16],
              [-78.50999, -7.15999],
              [-78.51, -7.16],
            ],
          ],
        },
      },
      fit,
    );
    expect(speck.symbol).toBe(true);
    const point = drawPlot(
      { id: 'c', name: 'C', level: 'bajo', geometry: { type: 'Point', coordinates: [-78.51, -7.16] } },
      fit,
    );
    expect(point).toMatchObject({ path: null, symbol: true });
  });
});
