import { setWorkerUrl } from 'maplibre-gl';
// NOTE: maplibre-gl 6 is ESM-only and has no separate CSP build any more; its
// worker is one self-contained module file. Inside a bundle MapLibre cannot
// find it from import.meta.url, so we emit it as an asset and point MapLibre
// at it: a same-origin URL that `script-src 'self'` / `worker-src 'self'` allow
// from app://, http://127.0.0.1 and the Vite dev server alike.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let configured = false;

export function configureMapWorker(): void {
  if (configured) return;
  setWorkerUrl(workerUrl);
  configured = true;
}
