import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/static/csp.js';
import { contentTypeFor, resolveStaticPath } from '../../electron/core/static/resolve-static-path.js';

const root = path.resolve('/srv/cafetal/dist/renderer');
const inRoot = (...parts: string[]): string => path.join(root, ...parts);

describe('resolveStaticPath', () => {
  it('maps URL paths to files inside the root', () => {
    expect(resolveStaticPath(root, '/index.html')).toBe(inRoot('index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc123.js')).toBe(inRoot('assets', 'index-abc123.js'));
    expect(resolveStaticPath(root, '/assets/./app.css')).toBe(inRoot('assets', 'app.css'));
    expect(resolveStaticPath(root, '//assets//app.css')).toBe(inRoot('assets', 'app.css'));
  });

  it('serves index.html for the root and for folders', () => {
    expect(resolveStaticPath(root, '/')).toBe(inRoot('index.html'));
    expect(resolveStaticPath(root, '')).toBe(inRoot('index.html'));
    expect(resolveStaticPath(root, '/docs/')).toBe(inRoot('docs', 'index.html'));
  });

  it('decodes percent-escapes in names', () => {
    expect(resolveStaticPath(root, '/maps/Cajamarca%20norte.geojson')).toBe(inRoot('maps', 'Cajamarca norte.geojson'));
    expect(resolveStaticPath(root, '/maps/%C3%B1an%C3%BA.json')).toBe(inRoot('maps', 'ñanú.json'));
  });

  it('allows .. that stays inside the root', () => {
    expect(resolveStaticPath(root, '/assets/../index.html')).toBe(inRoot('index.html'));
  });

  it.each([
    ['plain ..', '/../secret.txt'],
    ['deep ..', '/assets/../../../../etc/passwd'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['upper-case encoded dots', '/%2E%2E/%2E%2E/etc/passwd'],
    ['mixed encoded dots', '/.%2e/secret.txt'],
    ['encoded slash', '/..%2f..%2fetc%2fpasswd'],
    ['encoded slash inside a name', '/assets%2F..%2F..%2Fsecret.txt'],
    ['encoded backslash', '/..%5c..%5csecret.txt'],
    ['literal backslash', '/..\\..\\secret.txt'],
    ['NUL byte', '/index.html%00.png'],
    ['raw NUL byte', '/index.html\0.png'],
    ['malformed escape', '/%E0%A4%A'],
    ['lone percent', '/100%'],
    ['Windows drive', '/C:/Windows/win.ini'],
    ['encoded drive', '/C%3A%5CWindows%5Cwin.ini'],
    ['NTFS stream', '/index.html::$DATA'],
    ['the root itself', '/.'],
    ['the root via ..', '/assets/..'],
  ])('refuses %s (%s)', (_label, pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });

  it('compares paths, not prefixes: a sibling folder whose name starts like the root is outside', () => {
    // `/srv/cafetal/dist/renderer-evil/x`.startsWith(root) would be true.
    expect(resolveStaticPath(root, '/../renderer-evil/x.js')).toBeNull();
    expect(resolveStaticPath(root, '/../renderer/index.html')).toBe(inRoot('index.html'));
  });

  it('treats absolute-looking URL paths as relative to the root', () => {
    expect(resolveStaticPath(root, '/etc/passwd')).toBe(inRoot('etc', 'passwd'));
    expect(resolveStaticPath(root, '///etc/passwd')).toBe(inRoot('etc', 'passwd'));
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Cafetal\\resources\\app\\dist\\renderer';
    const win = path.win32;
    expect(resolveStaticPath(winRoot, '/assets/app.js', win)).toBe(`${winRoot}\\assets\\app.js`);
    expect(resolveStaticPath(winRoot, '/../../secret.txt', win)).toBeNull();
    expect(resolveStaticPath(winRoot, '/..%5C..%5Csecret.txt', win)).toBeNull();
    expect(resolveStaticPath(winRoot, '/D:/secret.txt', win)).toBeNull();
    expect(resolveStaticPath(winRoot, '/%5C%5Cserver%5Cshare%5Cx', win)).toBeNull();
    expect(resolveStaticPath(winRoot, '/../renderer-evil/x.js', win)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer build’s file types', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/style.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('/a/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/a/font.woff2')).toBe('font/woff2');
  });

  it('falls back to a type browsers never execute', () => {
    expect(contentTypeFor('/a/README')).toBe('application/octet-stream');
    expect(contentTypeFor('/a/evil.exe')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app itself, and no plug-ins, framing or form posts', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });
});
