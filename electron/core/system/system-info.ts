import type { SystemInfo } from '../../../shared/api/system.js';
import { schemaVersionOf } from '../store/migrate.js';
import type { Store } from '../store/open-store.js';
import { APP_VERSION } from '../app-version.js';

const countLive = (db: Store, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;

export function systemInfo(db: Store, dataDir: string, workspace: SystemInfo['workspace'] = 'main'): SystemInfo {
  return {
    appVersion: APP_VERSION,
    dbPath: db.name,
    dataDir,
    schemaVersion: schemaVersionOf(db),
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
    counts: {
      organisations: countLive(db, 'organisations'),
      producers: countLive(db, 'producers'),
      plots: countLive(db, 'plots'),
      layers: countLive(db, 'layers'),
      plans: countLive(db, 'plans'),
    },
    workspace,
  };
}
