import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap, FilterSpecification, GeoJSONSource } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import type { PlotFeatureCollection } from '../../../shared/api/plots.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { createSmallMap } from '../map/small-map.js';
import { plotsBounds } from './plots-bounds.js';

const PLOT_FILL = '#c0703a';
const PLOT_OUTLINE = '#6b3416';
/** Close enough to see a 0.3 ha plot's shape; a lone small plot is not blown up to fill the frame. */
const MAX_FIT_ZOOM = 16;
const isArea: FilterSpecification = ['!=', ['geometry-type'], 'Point'];
const isPoint: FilterSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * A small map of one family's plots: the offline base map, the plots filled
 * and outlined (GPS-point plots as dots), framed to fit them. The container
 * carries `data-map-ready="true"` once the plots are drawn: tests wait on it.
 */
export function ProducerPlotsMap({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const load = useCallback((api: CafetalApi) => api.plots.features({ producerId }), [producerId]);
  const features = useApiQuery(load);
  if (features.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (features.status === 'error') return <ErrorNotice error={features.error} />;
  if (features.data.features.length === 0) {
    return (
      <p className="empty-state" data-testid="producer-map-empty">
        {t('producerPage.mapEmpty')}
      </p>
    );
  }
  return <PlotsMapCanvas collection={features.data} />;
}

function PlotsMapCanvas({ collection }: { collection: PlotFeatureCollection }) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // NOTE: throws without WebGL; ProducerPage's error boundary says so.
    const map = createSmallMap(container, t('producerPage.mapLabel'), t);
    map.on('load', () => {
      map.addSource('plots', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      const fill = { 'fill-color': PLOT_FILL, 'fill-opacity': 0.45 };
      map.addLayer({ id: 'plots-fill', type: 'fill', source: 'plots', filter: isArea, paint: fill });
      const outline = { 'line-color': PLOT_OUTLINE, 'line-width': 2 };
      map.addLayer({ id: 'plots-outline', type: 'line', source: 'plots', filter: isArea, paint: outline });
      map.addLayer({
        id: 'plots-points',
        type: 'circle',
        source: 'plots',
        filter: isPoint,
        paint: {
          'circle-color': PLOT_FILL,
          'circle-radius': 6,
          'circle-stroke-color': PLOT_OUTLINE,
          'circle-stroke-width': 2,
        },
      });
      mapRef.current = map;
      // The plots arrive through the effect below, which also frames them.
      setLoaded(true);
    });
    return () => {
      mapRef.current = null;
      map.remove();
      setLoaded(false);
      setDrawn(false);
    };
  }, [t]);

  // New data (a plot added or moved elsewhere) updates the source without rebuilding the map.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    // setData answers when the worker has the data; 'idle' below is what the test waits on.
    void map.getSource<GeoJSONSource>('plots')?.setData(collection);
    const bounds = plotsBounds(collection);
    if (bounds) map.fitBounds(bounds, { padding: 32, maxZoom: MAX_FIT_ZOOM, duration: 0 });
    // 'idle': the worker has tiled the new data and the frame with it is painted.
    void map.once('idle', () => setDrawn(true));
  }, [loaded, collection]);

  return (
    <div className="producer-map">
      <div
        ref={containerRef}
        className="producer-map-canvas"
        data-testid="producer-map"
        data-map-ready={drawn ? 'true' : 'false'}
        role="region"
        aria-label={t('producerPage.mapLabel')}
      />
    </div>
  );
}
