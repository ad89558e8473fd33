import Database from 'better-sqlite3';
import type { DatabaseDamage, RecoveryBackup } from '../../../shared/api/recovery.js';
import type { ApiResult } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import type { Store } from '../store/open-store.js';

/**
 * A core that found its database damaged at start holds it here instead of
 * opening it: the file stays untouched (no migration, no WAL switch, no
 * start-up backup that would rotate a good copy out for a damaged one) and
 * only the recovery procedures answer until a backup is restored.
 */
export interface RecoveryHold {
  readonly damage: DatabaseDamage;
  readonly dbPath: string;
  /** What "Salir" does: the desktop app quits, browser mode stops its server; null where nobody set one (CLI). */
  quit: (() => void) | null;
  /** Run once the restored database is in use (hosts start their periodic backups then). */
  readonly onHealthy: (() => void)[];
  /** Backups already checked, by name, size and time: a check reads the whole file. */
  readonly checked: Map<string, Omit<RecoveryBackup, 'backup'>>;
}

export const newHold = (damage: DatabaseDamage, dbPath: string): RecoveryHold => ({
  damage,
  dbPath,
  quit: null,
  onHealthy: [],
  checked: new Map(),
});

/** What a core in recovery still answers. */
const RECOVERY_PROCEDURES: ReadonlySet<string> = new Set([
  'recovery.status',
  'recovery.restore',
  'recovery.quit',
  'jobs.cancel',
]);

/** Null when the call may go on; otherwise the refusal every other procedure gets while the database is damaged. */
export function refusalWhileDamaged(ctx: CoreContext, name: string): ApiResult<never> | null {
  const hold = ctx.recovery;
  if (!hold || RECOVERY_PROCEDURES.has(name)) return null;
  return {
    ok: false,
    error: {
      code: 'DB_UNREADABLE',
      message: `The database at ${hold.dbPath} is damaged (${hold.damage.reason}); restore a backup first.`,
      details: { reason: 'DAMAGED', path: hold.dbPath },
    },
  };
}

/**
 * Stands in for the store while the damaged file is held: an empty
 * in-memory database with none of our tables, so anything that reached it
 * by mistake would fail instead of showing an empty organisation.
 */
export const placeholderStore = (): Store => new Database(':memory:');

/** Runs `start` now if the database is in use, or once a recovery has put a backup in its place. */
export function whenHealthy(ctx: CoreContext, start: () => void): void {
  if (ctx.recovery) ctx.recovery.onHealthy.push(start);
  else start();
}
