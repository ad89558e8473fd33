import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useState } from 'react';
import { createTerraDraw } from './draw/create-terra-draw.js';
import type { MapSession } from './map-session.js';

/**
 * The `onLoad` for MapView: data layers go on first (so drawings stay on top
 * of them), then terra-draw. Returns the session once both are in place.
 */
export function useMapSession(addLayers: (map: MapLibreMap) => void): {
  session: MapSession | null;
  onLoad: (map: MapLibreMap) => () => void;
} {
  const [session, setSession] = useState<MapSession | null>(null);
  const onLoad = useCallback(
    (map: MapLibreMap) => {
      addLayers(map);
      const next: MapSession = { map, draw: createTerraDraw(map), removed: false };
      setSession(next);
      return () => {
        next.removed = true;
        next.draw.stop();
        setSession(null);
      };
    },
    [addLayers],
  );
  return { session, onLoad };
}
