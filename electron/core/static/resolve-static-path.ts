import path from 'node:path';

/** Served for `/` and for any path ending in `/`. */
export const INDEX_FILE = 'index.html';

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'join' | 'sep'>;

/**
 * Maps a URL pathname (still percent-encoded, as `new URL().pathname` gives
 * it) to a file inside `rootDir`, or `null` when the request must get a 404.
 *
 * Each `/`-separated segment is decoded on its own, so an encoded slash
 * (`%2F`, `%5C`) cannot join or split segments after the fact. Segments that
 * decode to a separator, a NUL byte or a drive/stream colon are refused
 * outright. Whatever survives is joined to the root and accepted only if
 * `path.relative(root, file)` stays inside the root: a real path comparison,
 * not a substring test (`/app/dist-evil` starts with `/app/dist`).
 *
 * `pathApi` lets tests run the Windows rules on any machine.
 */
export function resolveStaticPath(rootDir: string, urlPathname: string, pathApi: PathApi = path): string | null {
  const segments: string[] = [];
  for (const raw of urlPathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed escape such as `%E0%A4%A`
    }
    if (/[/\\:\0]/.test(segment)) return null;
    if (segment === '' || segment === '.') continue;
    segments.push(segment);
  }
  if (urlPathname === '' || urlPathname.endsWith('/')) segments.push(INDEX_FILE);

  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, pathApi.join(...segments));
  const relative = pathApi.relative(root, file);
  const escapes =
    relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative);
  return escapes ? null : file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
};

/**
 * The `Content-Type` for a served file. Unknown extensions get
 * `application/octet-stream`, which (with `nosniff`) the browser never runs.
 */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
