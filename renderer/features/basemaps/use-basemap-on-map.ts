import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { ActiveBasemap, Basemap } from '../../../shared/domain/basemap.js';
import type { Layer } from '../../../shared/domain/layer.js';
import type { MapSession } from '../map/map-session.js';
import { BASEMAP_LAYER_PREFIX, BASEMAP_SOURCE, basemapLayers, basemapSource } from './basemap-style.js';
import { COVERAGE_LAYER, coverageOutlines, showCoverage } from './coverage-layers.js';
import { HILLSHADE_LAYER, hideHillshade, showHillshade } from './hillshade-layers.js';
import { basemapBeforeId, removeOwn } from './map-stack.js';

/** 'ready' once the map has drawn the active basemap's first tiles (or the built-in map); tests wait on it. */
export type BasemapMapStatus = 'loading' | 'ready' | 'error';

const firstPresent = (map: MapLibreMap, ids: readonly string[]): string | undefined =>
  ids.find((id) => map.getLayer(id) !== undefined);

/** Resolves once the map has drawn a frame with what it was just given. */
const nextIdle = (map: MapLibreMap): Promise<void> =>
  new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * Keeps the map's basemap, hillshade and coverage outlines in step with the
 * choices. The three sit in that order, bottom to top, between the built-in
 * map and the app's layers (map-stack.ts). A switch replaces only the
 * basemap's own source and layers: the hillshade keeps its tiles.
 */
export function useBasemapOnMap(
  session: MapSession | null,
  basemaps: readonly Basemap[] | null,
  active: ActiveBasemap | null,
  hillshade: Layer | null,
): BasemapMapStatus {
  // The status of the basemap last drawn, by its key: a new key reads as loading until the map says otherwise.
  const [drawn, setDrawn] = useState<{ key: string | null; status: BasemapMapStatus }>({
    key: null,
    status: 'loading',
  });
  const activeBasemap = basemaps?.find((b) => b.id === active) ?? null;
  // What the tiles depend on; a rename must not reload them.
  const tilesKey = activeBasemap ? `${activeBasemap.id}:${activeBasemap.fileName}` : active === null ? null : 'builtin';

  useEffect(() => {
    if (!session || tilesKey === null) return;
    const { map } = session;
    let current = true;
    removeOwn(map, BASEMAP_LAYER_PREFIX, [BASEMAP_SOURCE]);
    if (activeBasemap) {
      const beforeId = firstPresent(map, [HILLSHADE_LAYER, COVERAGE_LAYER]) ?? basemapBeforeId(map);
      map.addSource(BASEMAP_SOURCE, basemapSource(activeBasemap, window.location.href));
      for (const layer of basemapLayers(activeBasemap)) map.addLayer(layer, beforeId);
    }
    const onError = (event: ErrorEvent) => {
      // MapLibre adds the failing source's id to a tile error.
      if (current && (event as unknown as { sourceId?: unknown }).sourceId === BASEMAP_SOURCE) {
        setDrawn({ key: tilesKey, status: 'error' });
      }
    };
    map.on('error', onError);
    void nextIdle(map).then(() => {
      if (!current || session.removed) return;
      setDrawn((last) =>
        last.key === tilesKey && last.status === 'error' ? last : { key: tilesKey, status: 'ready' },
      );
    });
    return () => {
      current = false;
      map.off('error', onError);
    };
    // NOTE: keyed on tilesKey, not on the basemap object: a new list after a rename keeps the tiles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, tilesKey]);

  useEffect(() => {
    if (!session || !basemaps || active === null) return;
    showCoverage(session.map, coverageOutlines(basemaps, active), basemapBeforeId(session.map));
  }, [session, basemaps, active]);

  const hillshadeKey = hillshade?.raster ? `${hillshade.id}:${hillshade.version}` : null;
  useEffect(() => {
    if (!session || !hillshade || hillshadeKey === null) return;
    const { map } = session;
    showHillshade(map, hillshade, window.location.href, firstPresent(map, [COVERAGE_LAYER]) ?? basemapBeforeId(map));
    return () => {
      if (!session.removed) hideHillshade(map);
    };
    // NOTE: keyed on the DEM's id and version, not the layer object: a new layers list (another layer renamed,
    // reordered, faded) must not tear the hillshade down and fetch its tiles again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, hillshadeKey]);

  return drawn.key === tilesKey ? drawn.status : 'loading';
}
