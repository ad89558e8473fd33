import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtimeMs(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const mtime = fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/**
 * Browser mode serves the built renderer. Build it when it is missing or older
 * than its sources, so `npm run serve` on a fresh clone just works.
 */
export function ensureRendererBuild(appRoot: string, log: (line: string) => void): string {
  const outDir = path.join(appRoot, 'dist', 'renderer');
  const index = path.join(outDir, 'index.html');
  const sourcesMtime = Math.max(
    newestMtimeMs(path.join(appRoot, 'renderer')),
    newestMtimeMs(path.join(appRoot, 'shared')),
    // The base map's glyphs and sprite are copied from here into the build (scripts/vite-basemap-assets.ts).
    newestMtimeMs(path.join(appRoot, 'resources')),
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sourcesMtime) return outDir;
  log('Construyendo la interfaz (vite build)…');
  execFileSync(
    process.execPath,
    [path.join(appRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: appRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  return outDir;
}
