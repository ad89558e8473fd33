/**
 * The only sites the app opens in the user's browser, each for a reason a
 * screen links to. Anything else stays closed: the renderer must never be
 * able to launch arbitrary URLs (or `file:`/custom-protocol handlers) through
 * `shell.openExternal`.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  // SENAMHI: Peru's weather service, source of the climate series and outlooks.
  'www.senamhi.gob.pe',
  // INGEMMET: geology and mining-concession maps (GEOCATMIN) behind the hazard layers.
  'www.ingemmet.gob.pe',
  // CENEPRED SIGRID: national disaster-risk layers (landslides, floods).
  'sigrid.cenepred.gob.pe',
  // European Commission: the EU Deforestation Regulation (EUDR) guidance.
  'environment.ec.europa.eu',
]);

/**
 * The URL to hand to `shell.openExternal`, or `null` to refuse. Parsed, never
 * matched by substring: `https://www.senamhi.gob.pe.evil.com` has hostname
 * `www.senamhi.gob.pe.evil.com` and is refused. Only plain https on the
 * default port, without credentials.
 */
export function externalLinkToOpen(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return null;
  return EXTERNAL_LINK_HOSTS.has(url.hostname) ? url.href : null;
}
