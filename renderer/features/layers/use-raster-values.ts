import { useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract.js';
import { useApi } from '../../api/api-context.js';

export type RasterValues = OutputOf<'layers.valueAt'>;

export interface PointerLonLat {
  readonly lng: number;
  readonly lat: number;
}

/**
 * The shown rasters' values under the pointer. At most one `layers.valueAt`
 * in flight and at most one per animation frame: a fast mouse sends the
 * latest position once the previous answer is in, never a queue of stale ones.
 * `layersKey` (null: no raster shown) asks again when the shown rasters change.
 */
export function useRasterValues(pointer: PointerLonLat | null, layersKey: string | null): RasterValues | null {
  const api = useApi();
  const [values, setValues] = useState<RasterValues | null>(null);
  const latest = useRef<PointerLonLat | null>(null);
  const sent = useRef<PointerLonLat | null>(null);
  const busy = useRef(false);
  const frame = useRef<number | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = layersKey === null ? null : pointer;
    if (pointer === null || layersKey === null) return;
    const ask = (): void => {
      frame.current = null;
      const at = latest.current;
      if (!at || busy.current || !alive.current) return;
      busy.current = true;
      sent.current = at;
      const lon = Math.max(-180, Math.min(180, at.lng));
      const lat = Math.max(-90, Math.min(90, at.lat));
      api.layers
        .valueAt({ lon, lat })
        .then(
          (answer) => alive.current && latest.current !== null && setValues(answer),
          () => undefined,
        )
        .finally(() => {
          busy.current = false;
          // The pointer moved while we waited: ask once more for where it is now.
          if (alive.current && latest.current !== null && latest.current !== sent.current) schedule();
        });
    };
    const schedule = (): void => {
      if (frame.current === null) frame.current = requestAnimationFrame(ask);
    };
    schedule();
  }, [api, pointer, layersKey]);

  // Off the map or with no raster shown there is nothing to say (an old answer is not shown).
  return pointer === null || layersKey === null ? null : values;
}
