import { useMemo } from 'react';
import type { Layer } from '../../../shared/domain/layer.js';
import type { MapSession } from '../map/map-session.js';
import { useHazardLayersOnMap } from './use-hazard-layers-on-map.js';
import type { LayerMapStatus } from './use-hazard-layers-on-map.js';
import { useLayerList } from './use-layer-list.js';
import type { LayerActions, LayerListState } from './use-layer-list.js';

export interface ClimateLayers {
  readonly state: LayerListState;
  readonly actions: LayerActions;
  readonly lastError: unknown;
  readonly mapStatus: Readonly<Record<string, LayerMapStatus>>;
  readonly fitLayer: (layer: Layer) => void;
  /** Shown layers, top of the drawing order first (the legend's order). */
  readonly visibleTopFirst: readonly Layer[];
  /**
   * Changes whenever the set of shown rasters does, null when none is
   * shown: the pointer readout asks `layers.valueAt` only then.
   */
  readonly rasterValuesKey: string | null;
}

/**
 * Everything the map page needs for its climate-risk layers: the list and its
 * edits, the layers drawn on the map just below `beforeId` (the plots), and
 * what the legend and the pointer readout show.
 */
export function useClimateLayers(session: MapSession | null, beforeId: string): ClimateLayers {
  const { state, actions, lastError } = useLayerList();
  const layers = state.status === 'ready' ? state.layers : null;
  const { status: mapStatus, fitLayer } = useHazardLayersOnMap(session, layers, beforeId);
  const visibleTopFirst = useMemo(() => (layers ?? []).filter((layer) => layer.visible).reverse(), [layers]);
  const rasterIds = visibleTopFirst
    .filter((layer) => layer.kind === 'raster')
    .map((layer) => `${layer.id}:${layer.name}:${layer.unit}`)
    .join('|');
  return {
    state,
    actions,
    lastError,
    mapStatus,
    fitLayer,
    visibleTopFirst,
    rasterValuesKey: rasterIds === '' ? null : rasterIds,
  };
}
