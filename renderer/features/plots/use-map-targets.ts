import { useEffect, useRef } from 'react';
import { mapHashParams, useMapHashQuery } from '../map/map-hash-params.js';
import type { MapSession } from '../map/map-session.js';
import { bboxOfAll, bboxOfProducer, fitBbox } from './fit.js';
import type { PlotFeaturesState } from './use-plot-features.js';

/**
 * Where the map opens: the plot or producer named in the hash
 * (`#/mapa?plot=…`, `#/mapa?producer=…`), or the place it names
 * (`#/mapa?view=lon,lat,zoom`), else all of the organisation's plots.
 * Applied once per link and organisation, not after every save, so
 * the view never jumps while someone is drawing. No animation: the page opens
 * there (and `data-map-ready` then means "ready where it should be").
 */
export function useMapTargets(
  session: MapSession | null,
  features: PlotFeaturesState,
  organisationId: string | null,
  select: (plotId: string) => void,
): { producerId: string | null } {
  const query = useMapHashQuery();
  const params = mapHashParams(query);
  const applied = useRef<string | null>(null);

  useEffect(() => {
    if (!session || features.status !== 'ready') return;
    const key = `${organisationId ?? '*'}|${query}`;
    if (applied.current === key) return;
    applied.current = key;
    const { plotId, producerId, view } = mapHashParams(query);
    const { index } = features;
    if (plotId) {
      select(plotId);
      fitBbox(session.map, index.byId.get(plotId)?.bbox ?? null, false);
    } else if (producerId) {
      fitBbox(session.map, bboxOfProducer(index, producerId), false);
    } else if (view) {
      session.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    } else {
      fitBbox(session.map, bboxOfAll(index), false);
    }
  }, [session, features, organisationId, query, select]);

  return { producerId: params.producerId };
}
