/**
 * Where the renderer lives: `app://cafetal/…`, served by protocol.ts.
 *
 * NOTE: WHATWG `URL.origin` is the string "null" for schemes Node does not
 * know as special (like `app:`), so we compare protocol and host instead of
 * origins. Never compare URL strings by prefix: `app://cafetal.evil/` starts
 * with `app://cafetal`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cafetal';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for URLs the app itself serves; false for anything else or unparsable. */
export function isAppUrl(rawUrl: string | null | undefined): boolean {
  if (!rawUrl) return false;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
