import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Cafetal';
export const DB_FILE_NAME = 'cafetal.sqlite';

/**
 * The folder Electron's `app.getPath('userData')` returns for an app named
 * "Cafetal", computed without Electron so the CLI and browser mode find the
 * same database as the desktop app. `CAFETAL_DATA_DIR` overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.CAFETAL_DATA_DIR) return path.resolve(env.CAFETAL_DATA_DIR);
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
  }
}

/** `--db PATH` wins, then `CAFETAL_DB`, then the data folder's database. */
export function resolveDbPath(options: { dbFlag?: string; env?: NodeJS.ProcessEnv; dataDir?: string }): string {
  const env = options.env ?? process.env;
  if (options.dbFlag) return path.resolve(options.dbFlag);
  if (env.CAFETAL_DB) return path.resolve(env.CAFETAL_DB);
  return path.join(options.dataDir ?? defaultDataDir(env), DB_FILE_NAME);
}

/** Backups sit beside the database they copy. */
export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}
