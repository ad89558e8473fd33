import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * The id of a shipped measure, the same on every laptop: a UUID made from the
 * SHA-256 of its code (version nibble 5, RFC 4122 variant). Plan actions name
 * measures by id, so a plan made on one laptop must find the same measure on
 * another.
 */
export function builtInMeasureId(code: string): string {
  const hex = createHash('sha256').update(`cafetal/measure/${code}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Databases seeded before ids were derived from codes: move each shipped measure (and what names it) to its id. */
export function rekeyBuiltInMeasures(db: Database.Database): void {
  const rows = db.prepare('SELECT id, code FROM measures WHERE built_in = 1 AND code IS NOT NULL').all() as {
    id: string;
    code: string;
  }[];
  if (rows.length === 0) return;
  // The three tables change together inside the migration's transaction; references are checked at its end.
  db.pragma('defer_foreign_keys = ON');
  const statements = [
    db.prepare('UPDATE measures SET id = ? WHERE id = ?'),
    db.prepare('UPDATE measure_versions SET measure_id = ? WHERE measure_id = ?'),
    db.prepare('UPDATE plan_actions SET measure_id = ? WHERE measure_id = ?'),
  ];
  for (const { id, code } of rows) {
    const stable = builtInMeasureId(code);
    if (stable !== id) for (const statement of statements) statement.run(stable, id);
  }
}
