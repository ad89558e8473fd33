import { useEffect, useMemo, useState } from 'react';
import type { PlotFeatureCollection } from '../../../shared/api/plots.js';
import { useApiContext } from '../../api/api-context.js';
import { buildPlotIndex, emptyPlotIndex } from './plot-index.js';
import type { PlotIndex } from './plot-index.js';

export type PlotFeaturesState =
  | { readonly status: 'loading'; readonly collection: null; readonly index: PlotIndex }
  | { readonly status: 'ready'; readonly collection: PlotFeatureCollection; readonly index: PlotIndex }
  | { readonly status: 'error'; readonly collection: null; readonly index: PlotIndex; readonly error: unknown };

/**
 * The active organisation's plots (all plots when none) as GeoJSON, reloaded
 * after every write. `enabled` is false until we know which organisation is
 * active, so 100,000 plots are not fetched only to be thrown away.
 */
export function usePlotFeatures(organisationId: string | null, enabled: boolean): PlotFeaturesState {
  const { api, dataVersion } = useApiContext();
  const [result, setResult] = useState<
    { status: 'ready'; collection: PlotFeatureCollection } | { status: 'error'; error: unknown } | null
  >(null);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api.plots.features(organisationId ? { organisationId } : {}).then(
      (collection) => current && setResult({ status: 'ready', collection }),
      (error: unknown) => current && setResult({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, organisationId, enabled, dataVersion]);

  const collection = result?.status === 'ready' ? result.collection : null;
  // One object per load, so effects that depend on it run once per load, not once per render.
  return useMemo((): PlotFeaturesState => {
    const index = collection ? buildPlotIndex(collection) : emptyPlotIndex;
    if (!result) return { status: 'loading', collection: null, index };
    if (result.status === 'error') return { status: 'error', collection: null, index, error: result.error };
    return { status: 'ready', collection: result.collection, index };
  }, [result, collection]);
}
