import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringSignedArea2 } from '../../../electron/core/export/export-geometry.js';
import { eudrPoint, eudrPolygon } from '../../../electron/core/export/eudr-geometry.js';
import { EUDR_MAX_FILE_BYTES, splitFileNames } from '../../../electron/core/export/eudr.js';

const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });

describe('EUDR geometry after rounding to 6 decimals', () => {
  it('rounds to 6 decimals and rewinds a clockwise ring to counter-clockwise', () => {
    const result = eudrPolygon(
      polygon([
        [-78.9500001, -5.4000004],
        [-78.9500004, -5.3990001],
        [-78.9490003, -5.3990002],
        [-78.9490001, -5.4000001],
        [-78.9500001, -5.4000004],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      geometry: polygon([
        [-78.95, -5.4],
        [-78.949, -5.4],
        [-78.949, -5.399],
        [-78.95, -5.399],
        [-78.95, -5.4],
      ]),
    });
  });

  it('drops the consecutive duplicates rounding creates and keeps the ring closed', () => {
    // The 2nd and 3rd vertices differ by 0.2 µ° and merge; 4 distinct vertices remain.
    const result = eudrPolygon(
      polygon([
        [-78.95, -5.4],
        [-78.949, -5.4],
        [-78.9490002, -5.4000001],
        [-78.949, -5.399],
        [-78.95, -5.399],
        [-78.95, -5.4],
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok || result.geometry.type !== 'Polygon') return;
    const ring = result.geometry.coordinates[0] as Position[];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(ringSignedArea2(ring)).toBeGreaterThan(0);
  });

  it('refuses a ring that collapses below 3 distinct vertices, or onto a line', () => {
    const tiny = polygon([
      [-78.9000001, -5.3800001],
      [-78.9000003, -5.3800001],
      [-78.9000001, -5.3800003],
      [-78.9000001, -5.3800001],
    ]);
    expect(eudrPolygon(tiny)).toEqual({ ok: false, reason: 'EUDR_TOO_FEW_VERTICES' });
    const sliver = polygon([
      [-78.9, -5.38],
      [-78.899, -5.38],
      [-78.8995, -5.3800002],
      [-78.9, -5.38],
    ]);
    expect(eudrPolygon(sliver)).toEqual({ ok: false, reason: 'EUDR_TOO_FEW_VERTICES' });
  });

  it('refuses a ring whose edges cross once rounded', () => {
    const µ = 1e-6;
    const ring: Position[] = (
      [
        [0, 0.4],
        [1000, 0.6],
        [1000, 1000],
        [300, 1000],
        [200, 0.49],
        [0, 0.4],
      ] as const
    ).map(([x, y]) => [-78.89 + x * µ, -5.38 + y * µ]);
    expect(eudrPolygon(polygon(ring))).toEqual({ ok: false, reason: 'EUDR_SELF_INTERSECTION' });
  });

  it('rounds points', () => {
    expect(eudrPoint(-78.91234567, -5.39000049)).toEqual({ type: 'Point', coordinates: [-78.912346, -5.39] });
  });
});

describe('EUDR files', () => {
  it('caps a file at 25 MB read as 25,000,000 bytes (DOMAIN.md, "Green markets")', () => {
    expect(EUDR_MAX_FILE_BYTES).toBe(25_000_000);
  });

  it('keeps the name for one file and numbers several', () => {
    expect(splitFileNames('/x/lote.geojson', 1)).toEqual(['/x/lote.geojson']);
    expect(splitFileNames('/x/lote.geojson', 3)).toEqual([
      '/x/lote-1.geojson',
      '/x/lote-2.geojson',
      '/x/lote-3.geojson',
    ]);
  });
});
