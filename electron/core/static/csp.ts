/**
 * The Content-Security-Policy every renderer response carries, from the
 * Electron `app://` protocol and from the HTTP transport alike.
 *
 * - Scripts only from the app itself: no inline script, no eval, no CDN.
 * - `style-src 'unsafe-inline'`: React `style={…}` props and MapLibre set
 *   inline styles; inline *styles* cannot run code.
 * - `blob:` for workers and images: MapLibre builds its worker from a blob URL
 *   and map exports are blobs.
 * - `connect-src 'self'`: the app is offline; nothing may phone out.
 * - `frame-ancestors 'none'`, `form-action 'none'`, `base-uri 'none'`: no
 *   framing, no form posts, no `<base>` trickery.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
