import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import type { Store } from '../store/open-store.js';

/**
 * Basemaps belong to the laptop, not to a database: the files sit in the
 * organisation's own data folder whichever database is open, and the
 * workshop demo shows the same basemaps (a trainer who brought imagery of
 * the valley wants it under the demo plots too). They are added, renamed and
 * removed only with the organisation's own data open, so the demo can never
 * delete a file the real data uses, and a reset loses nothing. Their rows are
 * carried into the demo database each time it opens.
 */
export const basemapsDataDir = (ctx: CoreContext): string => ctx.workspace.mainDataDir;

export function assertOwnDataOpen(ctx: CoreContext): void {
  if (ctx.workspace.kind === 'demo')
    throw new ApiError('CONFLICT', 'Basemaps are added and removed with your own data open, not in the demo.', {
      reason: 'DEMO_OPEN',
    });
}

const BASEMAP_COLUMNS = `id, name, kind, file_name, source_file_name, size_bytes, format, tile_size, min_zoom, max_zoom,
  west, south, east, north, attribution, vector_layers, created_at`;
const ACTIVE_KEY = 'basemaps.active';

/** The laptop's basemap rows and the active choice, as the open database holds them. */
export interface LaptopBasemaps {
  readonly rows: readonly Record<string, unknown>[];
  readonly active: { value: string; updated_at: string } | undefined;
}

/**
 * Read from the database open before a swap to the demo: the organisation's
 * own (where basemaps are managed) or the demo itself on a reset, whose copy
 * is current since basemaps cannot change while it is open. The organisation's
 * file is never opened for this (the CLI's demo commands never open it at all).
 */
export function readLaptopBasemaps(db: Store): LaptopBasemaps {
  return {
    rows: db.prepare(`SELECT ${BASEMAP_COLUMNS} FROM basemaps`).all() as Record<string, unknown>[],
    active: db
      .prepare('SELECT value, updated_at FROM settings WHERE key = ?')
      .get(ACTIVE_KEY) as LaptopBasemaps['active'],
  };
}

/** Puts them in the newly opened demo database, replacing whatever it had. */
export function writeLaptopBasemaps(db: Store, shared: LaptopBasemaps): void {
  const insert = db.prepare(
    `INSERT INTO basemaps (${BASEMAP_COLUMNS}) VALUES (${BASEMAP_COLUMNS.split(',')
      .map((column) => `@${column.trim()}`)
      .join(', ')})`,
  );
  db.transaction(() => {
    db.prepare('DELETE FROM basemaps').run();
    for (const row of shared.rows) insert.run(row);
    if (shared.active)
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(ACTIVE_KEY, shared.active.value, shared.active.updated_at);
  })();
}
