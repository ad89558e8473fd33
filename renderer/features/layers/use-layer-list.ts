import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Layer, LayerPatch } from '../../../shared/domain/layer.js';
import { useApiContext } from '../../api/api-context.js';

export type LayerListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly layers: readonly Layer[] }
  | { readonly status: 'error'; readonly error: unknown };

/** Long enough that a slider drag is one write, short enough that leaving the page right after still saves. */
const OPACITY_SAVE_DELAY_MS = 350;

export interface LayerActions {
  readonly reload: () => void;
  readonly setVisible: (id: string, visible: boolean) => void;
  /** Applied on the map at once; saved once the slider rests. */
  readonly setOpacity: (id: string, opacity: number) => void;
  /** One step up (towards the top of the drawing order) or down. */
  readonly move: (id: string, direction: 'up' | 'down') => void;
  readonly update: (id: string, patch: LayerPatch) => Promise<Layer>;
  readonly remove: (id: string) => Promise<void>;
}

/**
 * The climate-risk layers in drawing order (first = bottom), with quick,
 * optimistic edits: the map follows a checkbox or a slider immediately and
 * the core is told afterwards. Reloads with every other write in the app
 * (`dataVersion`) and after its own structural changes; it does not call the
 * app-wide `invalidate()`, which would reload every plot for a slider move.
 */
export function useLayerList(): { state: LayerListState; actions: LayerActions; lastError: unknown } {
  const { api, dataVersion } = useApiContext();
  const [state, setState] = useState<LayerListState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [lastError, setLastError] = useState<unknown>(null);
  const opacityTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    let current = true;
    api.layers.list({}).then(
      (layers) => current && setState({ status: 'ready', layers }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, dataVersion, reloads]);

  useEffect(() => {
    const timers = opacityTimers.current;
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, []);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const patchLocal = useCallback((id: string, change: Partial<Layer>) => {
    setState((current) =>
      current.status === 'ready'
        ? {
            status: 'ready',
            layers: current.layers.map((layer) => (layer.id === id ? { ...layer, ...change } : layer)),
          }
        : current,
    );
  }, []);

  /** The core's answer replaces the row, unless the user has moved its slider again since. */
  const save = useCallback(
    (id: string, patch: LayerPatch) =>
      api.layers.update({ id, patch }).then(
        (saved) => {
          if (!opacityTimers.current.has(id)) patchLocal(id, saved);
          setLastError(null);
          return saved;
        },
        (error: unknown) => {
          setLastError(error);
          reload();
          throw error;
        },
      ),
    [api, patchLocal, reload],
  );

  const actions = useMemo((): LayerActions => {
    const layersNow = (): readonly Layer[] => (state.status === 'ready' ? state.layers : []);
    return {
      reload,
      setVisible: (id, visible) => {
        patchLocal(id, { visible });
        save(id, { visible }).catch(() => undefined);
      },
      setOpacity: (id, opacity) => {
        patchLocal(id, { opacity });
        const timers = opacityTimers.current;
        const pending = timers.get(id);
        if (pending) clearTimeout(pending);
        timers.set(
          id,
          setTimeout(() => {
            timers.delete(id);
            save(id, { opacity }).catch(() => undefined);
          }, OPACITY_SAVE_DELAY_MS),
        );
      },
      move: (id, direction) => {
        const ids = layersNow().map((layer) => layer.id);
        const from = ids.indexOf(id);
        // The list is bottom to top: "up" draws it later, over its neighbour.
        const to = direction === 'up' ? from + 1 : from - 1;
        if (from < 0 || to < 0 || to >= ids.length) return;
        const reordered = [...ids];
        [reordered[from], reordered[to]] = [reordered[to] as string, reordered[from] as string];
        setState((current) =>
          current.status === 'ready'
            ? {
                status: 'ready',
                layers: reordered.flatMap((layerId) => current.layers.filter((layer) => layer.id === layerId)),
              }
            : current,
        );
        api.layers.reorder({ ids: reordered }).then(
          (layers) => setState({ status: 'ready', layers }),
          (error: unknown) => {
            setLastError(error);
            reload();
          },
        );
      },
      update: (id, patch) => save(id, patch),
      remove: async (id) => {
        await api.layers.remove({ id });
        reload();
      },
    };
  }, [api, state, patchLocal, save, reload]);

  return { state, actions, lastError };
}
