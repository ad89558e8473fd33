import type { GeoJSON } from 'geojson';
import type { GeoJSONSource, ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Layer } from '../../../shared/domain/layer.js';
import { useApi } from '../../api/api-context.js';
import type { MapSession } from '../map/map-session.js';
import { fitBbox } from '../plots/fit.js';
import {
  addHazardLayer,
  hazardSourceId,
  orderHazardLayers,
  polygonsBbox,
  removeHazardLayer,
  styleHazardLayer,
} from './hazard-map-layers.js';

export type LayerMapStatus = 'loading' | 'ready' | 'error';

export interface HazardLayersOnMap {
  /** Each shown layer's drawing status. */
  readonly status: Readonly<Record<string, LayerMapStatus>>;
  /** Moves the map onto a layer (a vector's polygons are fetched if it was never shown). */
  readonly fitLayer: (layer: Layer) => void;
}

type Bbox = [number, number, number, number];

interface OnMap {
  readonly kind: Layer['kind'];
  /** The data last asked for (see `dataKeyOf`); null until the layer is first shown. */
  requested: string | null;
}

/**
 * What the drawn data depends on: a vector's levels change with its class map
 * (which bumps `version`); a raster's picture changes with its ramp too.
 * Opacity and visibility are styling and never reload data.
 */
const dataKeyOf = (layer: Layer): string =>
  layer.kind === 'raster' ? `${layer.version}:${layer.ramp}` : String(layer.version);

/** Decodes a PNG data URL in the page (`img-src data:` allows it) for `updateImage({ image })`. */
async function decodeImage(dataUrl: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  return image;
}

/** Resolves once the map has drawn a frame with what it was just given. */
const nextIdle = (map: MapLibreMap): Promise<void> =>
  new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/**
 * Keeps the map's hazard layers in step with the list: adds and removes
 * them, loads a layer's data the first time it is shown (and again when its
 * class map or ramp changes), and applies visibility, opacity and order on
 * every change without reloading anything. Layers sit just below `beforeId`
 * (the plots).
 */
export function useHazardLayersOnMap(
  session: MapSession | null,
  layers: readonly Layer[] | null,
  beforeId: string,
): HazardLayersOnMap {
  const api = useApi();
  const onMapRef = useRef(new Map<string, OnMap>());
  /** Vector layers' extents by `id:version`, learnt when their polygons load. */
  const extents = useRef(new Map<string, Bbox | null>());
  const [status, setStatus] = useState<Record<string, LayerMapStatus>>({});

  // A new map (language change) starts without any of our layers.
  useEffect(() => {
    if (!session) return;
    onMapRef.current = new Map();
    return () => setStatus({});
  }, [session]);

  useEffect(() => {
    if (!session || !layers) return;
    const { map } = session;
    const onMap = onMapRef.current;
    const setOne = (id: string, value: LayerMapStatus) => setStatus((current) => ({ ...current, [id]: value }));
    const stillWanted = (id: string, key: string) =>
      !session.removed && onMapRef.current === onMap && onMap.get(id)?.requested === key;

    async function load(layer: Layer, key: string): Promise<void> {
      setOne(layer.id, 'loading');
      try {
        if (layer.kind === 'vector') {
          const collection = await api.layers.features({ id: layer.id });
          extents.current.set(`${layer.id}:${layer.version}`, polygonsBbox(collection.features));
          if (!stillWanted(layer.id, key)) return;
          await map.getSource<GeoJSONSource>(hazardSourceId(layer.id))?.setData(collection as unknown as GeoJSON);
        } else {
          const picture = await api.layers.image({ id: layer.id });
          const image = await decodeImage(picture.dataUrl);
          if (!stillWanted(layer.id, key)) return;
          map
            .getSource<ImageSource>(hazardSourceId(layer.id))
            ?.updateImage({ image, coordinates: picture.coordinates });
        }
        await nextIdle(map);
        if (stillWanted(layer.id, key)) setOne(layer.id, 'ready');
      } catch {
        if (stillWanted(layer.id, key)) setOne(layer.id, 'error');
      }
    }

    const wanted = new Set(layers.map((layer) => layer.id));
    for (const [id, entry] of onMap) {
      if (wanted.has(id)) continue;
      removeHazardLayer(map, { id, kind: entry.kind });
      onMap.delete(id);
    }
    for (const layer of layers) {
      let entry = onMap.get(layer.id);
      if (!entry) {
        addHazardLayer(map, layer, beforeId);
        entry = { kind: layer.kind, requested: null };
        onMap.set(layer.id, entry);
      }
      styleHazardLayer(map, layer);
      // Hidden layers load nothing until they are first shown.
      const key = dataKeyOf(layer);
      if (layer.visible && entry.requested !== key) {
        entry.requested = key;
        void load(layer, key);
      }
    }
    orderHazardLayers(map, layers, beforeId);
  }, [api, session, layers, beforeId]);

  const fitLayer = useCallback(
    (layer: Layer) => {
      if (!session) return;
      if (layer.kind === 'raster') {
        fitBbox(session.map, layer.raster?.bounds ?? null);
        return;
      }
      const key = `${layer.id}:${layer.version}`;
      if (extents.current.has(key)) {
        fitBbox(session.map, extents.current.get(key) ?? null);
        return;
      }
      api.layers.features({ id: layer.id }).then(
        (collection) => {
          const bbox = polygonsBbox(collection.features);
          extents.current.set(key, bbox);
          if (!session.removed) fitBbox(session.map, bbox);
        },
        () => undefined,
      );
    },
    [api, session],
  );

  return { status, fitLayer };
}
