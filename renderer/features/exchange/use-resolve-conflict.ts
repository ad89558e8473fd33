import { useState } from 'react';
import type { RowConflict } from '../../../shared/api/exchange.js';
import { useApiContext } from '../../api/api-context.js';
import type { LaptopRef } from './use-exchange-labels.js';

/**
 * Settling one row's conflict (`exchange.resolve`): one field with one
 * candidate, or every field where one laptop's changes are candidates. A
 * laptop can hold different changes (dots) for different fields of the row,
 * so "all of this laptop's values" resolves each of its dots in turn.
 */
export function useResolveConflict(
  conflict: RowConflict,
  onResolved: (fields: readonly string[], laptop: LaptopRef) => void,
) {
  const { api, invalidate } = useApiContext();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(laptop: LaptopRef, choices: readonly { dot: string; field?: string }[]): Promise<void> {
    setPending(true);
    setError(null);
    const resolved: string[] = [];
    try {
      for (const choice of choices) {
        const result = await api.exchange.resolve({ table: conflict.table, rowId: conflict.rowId, ...choice });
        resolved.push(...result.resolvedFields);
      }
      onResolved(resolved, laptop);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      // Also after a failure part-way: what was resolved must disappear from the screen.
      invalidate();
    }
  }

  return {
    pending,
    error,
    // A plot's area, centroid… are never in conflict: each laptop works them out again from the chosen outline.
    chooseValue: (candidate: LaptopRef & { dot: string }, field: string) => {
      void run(candidate, [{ dot: candidate.dot, field }]);
    },
    chooseLaptop: (laptop: LaptopRef) => {
      const { deviceId } = laptop;
      const dots = new Set(
        conflict.fields.flatMap((field) =>
          field.candidates.filter((candidate) => candidate.deviceId === deviceId).map((candidate) => candidate.dot),
        ),
      );
      void run(
        laptop,
        [...dots].map((dot) => ({ dot })),
      );
    },
  };
}
