import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context.js';
import type { ClassValueCount } from './ClassMapTable.js';

/**
 * A vector layer's classes with their polygon counts, most frequent first,
 * counted from the polygons the map draws (`layers.features`), so the
 * details form can remap classes nobody assigned at first.
 */
export function useClassValues(layerId: string, enabled: boolean): readonly ClassValueCount[] | null {
  const api = useApi();
  const [values, setValues] = useState<readonly ClassValueCount[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api.layers.features({ id: layerId }).then(
      (collection) => {
        const counts = new Map<string, number>();
        for (const feature of collection.features) {
          const value = feature.properties.classValue;
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        const sorted = [...counts].map(([value, count]) => ({ value, count }));
        sorted.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'es'));
        if (current) setValues(sorted);
      },
      () => current && setValues([]),
    );
    return () => {
      current = false;
    };
  }, [api, layerId, enabled]);
  return values;
}
