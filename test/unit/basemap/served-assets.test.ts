import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/static/csp.js';
import { contentTypeFor, resolveStaticPath } from '../../../electron/core/static/resolve-static-path.js';
import { basemapAssetUrls } from '../../../renderer/features/map/basemap/asset-urls.js';
import { basemapAssets } from '../../../scripts/vite-basemap-assets.js';

const resources = path.resolve(import.meta.dirname, '..', '..', '..', 'resources');

/** What `vite build` would emit: the plugin's generateBundle, with emitFile recorded. */
function emittedFiles(): Map<string, Uint8Array> {
  const emitted = new Map<string, Uint8Array>();
  const hook = basemapAssets(resources).generateBundle as unknown as (this: unknown) => void;
  hook.call({
    emitFile: (file: { fileName: string; source: Uint8Array }) => {
      emitted.set(file.fileName, file.source);
      return file.fileName;
    },
  });
  return emitted;
}

describe('basemap assets in the renderer build', () => {
  it('copies every glyph range, the licence and the sprite, byte for byte', () => {
    const emitted = emittedFiles();
    expect([...emitted.keys()].sort()).toEqual([
      'glyphs/Noto Sans Bold/0-255.pbf',
      'glyphs/Noto Sans Bold/256-511.pbf',
      'glyphs/Noto Sans Bold/8192-8447.pbf',
      'glyphs/Noto Sans Regular/0-255.pbf',
      'glyphs/Noto Sans Regular/256-511.pbf',
      'glyphs/Noto Sans Regular/8192-8447.pbf',
      'glyphs/OFL.txt',
      'sprites/cafetal.json',
      'sprites/cafetal.png',
      'sprites/cafetal@2x.json',
      'sprites/cafetal@2x.png',
    ]);
    for (const [name, bytes] of emitted) {
      expect(Buffer.compare(Buffer.from(bytes), fs.readFileSync(path.join(resources, name))), name).toBe(0);
    }
  });

  it('serves the URLs MapLibre asks for from the build folder (app:// and http://127.0.0.1 alike)', () => {
    const dist = path.resolve('/srv/cafetal/dist/renderer');
    const { glyphs, sprite } = basemapAssetUrls('app://cafetal/index.html#/mapa');
    // MapLibre fills the tokens in and fetch() percent-encodes the spaces.
    const glyphUrl = new URL(glyphs.replace('{fontstack}', 'Noto Sans Regular').replace('{range}', '0-255'));
    expect(glyphUrl.pathname).toBe('/glyphs/Noto%20Sans%20Regular/0-255.pbf');
    const file = resolveStaticPath(dist, glyphUrl.pathname);
    expect(file).toBe(path.join(dist, 'glyphs', 'Noto Sans Regular', '0-255.pbf'));
    expect(contentTypeFor(file ?? '')).toBe('application/x-protobuf');
    expect(contentTypeFor(resolveStaticPath(dist, new URL(`${sprite}@2x.png`).pathname) ?? '')).toBe('image/png');
    expect(contentTypeFor(resolveStaticPath(dist, new URL(`${sprite}.json`).pathname) ?? '')).toBe(
      'application/json; charset=utf-8',
    );
  });

  it('needs nothing beyond connect-src self', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });
});
