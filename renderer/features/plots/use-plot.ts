import { useEffect, useState } from 'react';
import type { Plot } from '../../../shared/domain/plot.js';
import { useApiContext } from '../../api/api-context.js';

export type PlotState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly plot: Plot }
  | { readonly status: 'error'; readonly error: unknown };

/** One plot with geometry, issues and overlaps; reloaded after every write. */
export function usePlot(plotId: string | null): PlotState {
  const { api, dataVersion } = useApiContext();
  const [state, setState] = useState<{ id: string; state: PlotState } | null>(null);
  useEffect(() => {
    if (!plotId) return;
    let current = true;
    api.plots.get({ id: plotId }).then(
      (plot) => current && setState({ id: plotId, state: { status: 'ready', plot } }),
      (error: unknown) => current && setState({ id: plotId, state: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [api, plotId, dataVersion]);
  return state && state.id === plotId ? state.state : { status: 'loading' };
}
