import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';

/**
 * Basemaps belong to the laptop, not to a database: the files sit in the
 * organisation's own data folder whichever database is open, and the
 * workshop demo shows the same basemaps (a trainer who brought imagery of
 * the valley wants it under the demo plots too). They are added, renamed and
 * removed only with the organisation's own data open, so the demo can never
 * delete a file the real data uses, and a reset loses nothing.
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

/**
 * Copies the organisation database's basemap rows and its active choice into
 * the open demo database (read-only on the organisation's file). Called each
 * time the demo opens, so basemaps added since show up too.
 */
export function shareBasemapsWithDemo(ctx: CoreContext): void {
  if (ctx.workspace.kind !== 'demo') return;
  const main = new Database(ctx.workspace.mainDbPath, { readonly: true, fileMustExist: true });
  let rows: Record<string, unknown>[];
  let active: { value: string; updated_at: string } | undefined;
  try {
    const hasTable = main.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'basemaps'").get();
    if (!hasTable) return;
    rows = main.prepare(`SELECT ${BASEMAP_COLUMNS} FROM basemaps`).all() as Record<string, unknown>[];
    active = main.prepare('SELECT value, updated_at FROM settings WHERE key = ?').get(ACTIVE_KEY) as typeof active;
  } finally {
    main.close();
  }
  const demo = ctx.db;
  const insert = demo.prepare(
    `INSERT INTO basemaps (${BASEMAP_COLUMNS}) VALUES (${BASEMAP_COLUMNS.split(',')
      .map((c) => `@${c.trim()}`)
      .join(', ')})`,
  );
  demo.transaction(() => {
    demo.prepare('DELETE FROM basemaps').run();
    for (const row of rows) insert.run(row);
    if (active)
      demo
        .prepare(
          `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        )
        .run(ACTIVE_KEY, active.value, active.updated_at);
  })();
}
