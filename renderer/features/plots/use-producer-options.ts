import { useEffect, useState } from 'react';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import { useApiContext } from '../../api/api-context.js';

export interface ProducerOption {
  readonly id: string;
  readonly label: string;
  /** Set when several organisations are listed together (no active organisation). */
  readonly organisationName: string | null;
}

async function loadOptions(api: CafetalApi, organisationId: string | null): Promise<ProducerOption[]> {
  const label = (p: { names: string; memberCode: string }) => `${p.names} (${p.memberCode})`;
  if (organisationId) {
    const producers = await api.producers.list({ organisationId });
    return producers.map((p) => ({ id: p.id, label: label(p), organisationName: null }));
  }
  // No active organisation: every organisation's members, grouped by organisation in the select.
  const organisations = await api.organisations.list({});
  const lists = await Promise.all(
    organisations.map(async (organisation) =>
      (await api.producers.list({ organisationId: organisation.id })).map((p) => ({
        id: p.id,
        label: label(p),
        organisationName: organisation.name,
      })),
    ),
  );
  return lists.flat();
}

/** Producers a new plot can belong to; null while loading. */
export function useProducerOptions(organisationId: string | null, enabled: boolean): ProducerOption[] | null {
  const { api, dataVersion } = useApiContext();
  const [options, setOptions] = useState<{ key: string; list: ProducerOption[] } | null>(null);
  // Keyed by organisation only: after a write the old list stays on screen while the new one loads.
  const key = organisationId ?? '*';
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    loadOptions(api, organisationId).then(
      (list) => current && setOptions({ key, list }),
      () => current && setOptions({ key, list: [] }),
    );
    return () => {
      current = false;
    };
  }, [api, organisationId, enabled, key, dataVersion]);
  return options?.key === key ? options.list : null;
}
