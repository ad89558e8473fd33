import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseStyle } from './base-style.js';
import { CoordinatesReadout } from './CoordinatesReadout.js';
import type { LngLat } from './CoordinatesReadout.js';
import { configureMapWorker } from './map-worker.js';

/** Cajamarca region, roughly its centre; zoom 6.5 shows the whole department and its neighbours. */
export const CAJAMARCA_CENTRE: [number, number] = [-78.6, -6.2];
export const CAJAMARCA_ZOOM = 6.5;

/**
 * The MapLibre map. The container carries `data-map-ready="true"` once the
 * style and its sources are loaded and first drawn: tests wait on it.
 */
export function MapView() {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [pointer, setPointer] = useState<LngLat | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    configureMapWorker();
    // NOTE: without WebGL this constructor throws; MapPage's error boundary shows why.
    const map = new MapLibreMap({
      container,
      style: baseStyle(),
      center: CAJAMARCA_CENTRE,
      zoom: CAJAMARCA_ZOOM,
      // Keeps the last frame readable by toDataURL() for PDF printing (a later issue).
      canvasContextAttributes: { preserveDrawingBuffer: true },
      attributionControl: { compact: true },
      locale: {
        'Map.Title': t('map.label'),
        'NavigationControl.ZoomIn': t('map.controls.zoomIn'),
        'NavigationControl.ZoomOut': t('map.controls.zoomOut'),
        'NavigationControl.ResetBearing': t('map.controls.resetBearing'),
        'AttributionControl.ToggleAttribution': t('map.controls.toggleAttribution'),
      },
    });
    map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.on('load', () => setReady(true));
    map.on('mousemove', (event) => setPointer({ lng: event.lngLat.lng, lat: event.lngLat.lat }));
    map.on('mouseout', () => setPointer(null));
    return () => {
      map.remove();
      setReady(false);
    };
  }, [t]);

  return (
    <div className="map-frame">
      <div
        ref={containerRef}
        className="map-canvas"
        data-testid="map"
        data-map-ready={ready ? 'true' : 'false'}
        aria-label={t('map.label')}
        role="region"
      />
      <CoordinatesReadout pointer={pointer} />
    </div>
  );
}
