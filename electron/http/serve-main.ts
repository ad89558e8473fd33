import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAutomaticBackups } from '../core/backups/automatic-backups.js';
import { createCore } from '../core/create-core.js';
import { whenHealthy } from '../core/recovery/recovery-hold.js';
import { defaultDataDir, resolveDbPath } from '../core/paths.js';
import { ensureRendererBuild } from './ensure-renderer-build.js';
import { createChromiumPrinter } from '../core/reports/chromium-printer.js';
import { startHttpTransport } from './http-server.js';

/**
 * `npm run serve`: browser mode. PORT chooses the port (0 = a free one),
 * CAFETAL_DB / CAFETAL_DATA_DIR choose the data as for the CLI.
 */
async function main(): Promise<void> {
  const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const port = process.env.PORT === undefined || process.env.PORT === '' ? 5757 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${process.env.PORT}".`);
  }
  const staticDir = ensureRendererBuild(appRoot, (line) => console.log(line));
  const dataDir = defaultDataDir();
  const dbPath = resolveDbPath({ dataDir });
  const core = await createCore({ dbPath, dataDir, startupBackup: true });
  // A damaged database is held for the recovery screen: periodic backups start once a backup replaced it.
  let stopBackups = (): void => undefined;
  whenHealthy(core.context, () => {
    stopBackups = startAutomaticBackups(core);
  });
  const transport = await startHttpTransport(core, { port, staticDir });
  // PDF reports print this same renderer with the system Chromium.
  core.context.reports.printer = createChromiumPrinter(transport.url);
  console.log(`Base de datos / database: ${dbPath}`);
  if (core.recovery) console.log('La base de datos está dañada / The database is damaged');
  // Scripts and tests read this line: keep its shape.
  console.log(`Cafetal en modo navegador / browser mode: ${transport.url}`);

  const shutdown = (): void => {
    stopBackups();
    void transport.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // "Salir" on the recovery screen stops the server; the damaged file stays as it is.
  if (core.recovery) core.recovery.quit = shutdown;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
