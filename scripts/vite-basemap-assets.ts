import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentTypeFor, resolveStaticPath } from '../electron/core/static/resolve-static-path.js';

/** The folders of resources/ the renderer fetches at run time, served under the same names. */
const SERVED_FOLDERS = ['glyphs', 'sprites'] as const;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Ships resources/glyphs and resources/sprites with the renderer, so the base
 * map's glyphs and sprite load from the app's own origin (app://cafetal/,
 * http://127.0.0.1:port/ or the dev server) and `connect-src 'self'` holds.
 * `vite build` emits them as assets at dist/renderer/{glyphs,sprites}/…; the
 * dev server answers them straight from resources/.
 */
export function basemapAssets(resourcesDir: string): Plugin {
  return {
    name: 'cafetal-basemap-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        const folder = pathname.split('/')[1];
        if (!SERVED_FOLDERS.some((served) => served === folder)) return next();
        const file = resolveStaticPath(resourcesDir, pathname);
        if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
        res.setHeader('Content-Type', contentTypeFor(file));
        res.end(fs.readFileSync(file));
      });
    },
    generateBundle() {
      for (const folder of SERVED_FOLDERS) {
        for (const file of filesUnder(path.join(resourcesDir, folder))) {
          const fileName = path.relative(resourcesDir, file).split(path.sep).join('/');
          this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(file) });
        }
      }
    },
  };
}
