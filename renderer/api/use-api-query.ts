import { useEffect, useState } from 'react';
import type { CafetalApi } from '../../shared/api/client-types.js';
import { useApiContext } from './api-context.js';

export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Runs a read against the API and again after every write (`invalidate()`).
 * Pass a function defined at module level: a new function each render would
 * reload on every render.
 */
export function useApiQuery<T>(load: (api: CafetalApi) => Promise<T>): QueryState<T> {
  const { api, dataVersion } = useApiContext();
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    // A slow answer for an older version must not overwrite a newer one.
    let current = true;
    load(api).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, load, dataVersion]);
  return state;
}
