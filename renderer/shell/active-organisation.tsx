import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { CafetalApi } from '../../shared/api/client-types.js';
import type { Organisation } from '../../shared/domain/organisation.js';
import { useApiContext } from '../api/api-context.js';
import { useApiQuery } from '../api/use-api-query.js';

/**
 * The organisation the user works for. Every list and the map show its data
 * only. It is persisted in the settings (`activeOrganisationId`), so it
 * survives a restart and is the same in the desktop app and browser mode.
 *
 * ```tsx
 * const { organisationId, organisation, setOrganisationId } = useActiveOrganisation();
 * ```
 * - `organisationId`: a live (not deleted) organisation's id, or null when none
 *   is chosen, the chosen one was deleted, or the data is still loading.
 * - `organisation`: that organisation's record, or null.
 * - `organisations`: every live organisation, by name (for selectors).
 * - `status`: 'loading' until both the settings and the list have arrived.
 * - `setOrganisationId(id | null)`: switches at once, then saves; rejects with
 *   the ApiError if saving failed (the choice is then undone).
 */
export interface ActiveOrganisation {
  readonly organisationId: string | null;
  readonly organisation: Organisation | null;
  readonly organisations: readonly Organisation[];
  readonly status: 'loading' | 'ready' | 'error';
  readonly setOrganisationId: (id: string | null) => Promise<void>;
}

const ActiveOrganisationContext = createContext<ActiveOrganisation | null>(null);

// Module-level loaders for useApiQuery (stable identity, see its note).
const loadActiveId = async (api: CafetalApi) => (await api.settings.get({})).activeOrganisationId;
const loadLiveOrganisations = (api: CafetalApi) => api.organisations.list({});

/** `undefined` = nothing chosen in this session yet: the saved setting applies. */
type LocalChoice = string | null | undefined;

export function ActiveOrganisationProvider({ children }: { children: ReactNode }) {
  const { api, invalidate } = useApiContext();
  const saved = useApiQuery(loadActiveId);
  const list = useApiQuery(loadLiveOrganisations);
  // NOTE: the choice applies before the save answers, so the selector and the
  // lists switch at once; the setting catches up when the queries reload.
  const [localChoice, setLocalChoice] = useState<LocalChoice>(undefined);

  const setOrganisationId = useCallback(
    async (id: string | null) => {
      setLocalChoice(id);
      try {
        await api.settings.update({ activeOrganisationId: id });
      } catch (error) {
        setLocalChoice(undefined);
        throw error;
      } finally {
        invalidate();
      }
    },
    [api, invalidate],
  );

  const value = useMemo((): ActiveOrganisation => {
    const organisations = list.status === 'ready' ? list.data : [];
    const status =
      saved.status === 'error' || list.status === 'error'
        ? 'error'
        : saved.status === 'ready' && list.status === 'ready'
          ? 'ready'
          : 'loading';
    const wanted = localChoice !== undefined ? localChoice : saved.status === 'ready' ? saved.data : null;
    // A deleted organisation stays in the settings until another is chosen; it must not filter anything.
    const organisation = organisations.find((candidate) => candidate.id === wanted) ?? null;
    return { organisationId: organisation?.id ?? null, organisation, organisations, status, setOrganisationId };
  }, [saved, list, localChoice, setOrganisationId]);

  return <ActiveOrganisationContext value={value}>{children}</ActiveOrganisationContext>;
}

export function useActiveOrganisation(): ActiveOrganisation {
  const value = useContext(ActiveOrganisationContext);
  if (!value) throw new Error('useActiveOrganisation() needs an <ActiveOrganisationProvider> above it.');
  return value;
}
