import { useCallback, useEffect, useState } from 'react';
import type { BasemapState } from '../../../shared/api/basemaps.js';
import type { ActiveBasemap, Basemap } from '../../../shared/domain/basemap.js';
import type { Layer } from '../../../shared/domain/layer.js';
import { useApiContext } from '../../api/api-context.js';
import { isDemLayer } from './hillshade-layers.js';

export type BasemapsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly state: BasemapState; readonly dems: readonly Layer[] }
  | { readonly status: 'error'; readonly error: unknown };

export interface BasemapActions {
  readonly reload: () => void;
  readonly setActive: (id: ActiveBasemap) => Promise<void>;
  readonly setHillshade: (layerId: string | null) => Promise<void>;
  readonly rename: (id: string, name: string) => Promise<Basemap>;
  readonly remove: (id: string) => Promise<void>;
}

/**
 * The basemaps, the active one, the hillshade choice and the elevation
 * layers that could give it. Reloads with every write elsewhere in the app
 * (a DEM added in the layers panel) and after its own. Choices are applied
 * to the page at once and saved after: the map switches without waiting.
 */
export function useBasemaps(): { data: BasemapsState; actions: BasemapActions; lastError: unknown } {
  const { api, dataVersion } = useApiContext();
  const [data, setData] = useState<BasemapsState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [lastError, setLastError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    Promise.all([api.basemaps.list({}), api.layers.list({})]).then(
      ([state, layers]) => current && setData({ status: 'ready', state, dems: layers.filter(isDemLayer) }),
      (error: unknown) => current && setData({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, dataVersion, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const patch = useCallback((change: Partial<BasemapState>) => {
    setData((current) =>
      current.status === 'ready' ? { ...current, state: { ...current.state, ...change } } : current,
    );
  }, []);

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        const value = await work();
        setLastError(null);
        return value;
      } catch (error) {
        setLastError(error);
        reload();
        throw error;
      }
    },
    [reload],
  );

  const actions: BasemapActions = {
    reload,
    setActive: async (id) => {
      patch({ active: id });
      await run(() => api.basemaps.setActive({ id }));
    },
    setHillshade: async (layerId) => {
      patch({ hillshadeLayerId: layerId });
      await run(() => api.basemaps.setHillshade({ layerId }));
    },
    rename: async (id, name) => {
      const basemap = await run(() => api.basemaps.update({ id, name }));
      reload();
      return basemap;
    },
    remove: async (id) => {
      await run(() => api.basemaps.remove({ id }));
      reload();
    },
  };
  return { data, actions, lastError };
}
