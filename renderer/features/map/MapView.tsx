import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activeLocale } from '../../i18n/i18n.js';
import { baseStyle } from './base-style.js';
import { CoordinatesReadout } from './CoordinatesReadout.js';
import type { LngLat } from './CoordinatesReadout.js';
import { configureMapWorker } from './map-worker.js';

/** Cajamarca region, roughly its centre; zoom 6.5 shows the whole department and its neighbours. */
export const CAJAMARCA_CENTRE: [number, number] = [-78.6, -6.2];
export const CAJAMARCA_ZOOM = 6.5;

export interface MapViewProps {
  /**
   * Called once the style has loaded, to add layers and tools; returns what to
   * undo before the map is removed (a language change rebuilds the map).
   */
  readonly onLoad?: (map: MapLibreMap) => () => void;
  /** False while layers on top of the base map still load their data. */
  readonly dataReady?: boolean;
  /** How many plots the map shows, once they are drawn (`data-plots-count`). */
  readonly plotsCount?: number | null;
  /** Set while raster layers are shown: the readout then adds their values under the pointer. */
  readonly rasterValuesKey?: string | null;
  /** Overlays positioned over the map (legend, labels, toasts). */
  readonly children?: ReactNode;
}

/**
 * The MapLibre map. The container carries `data-map-ready="true"` once the
 * style is loaded and first drawn and the data layers have their data: tests
 * wait on it.
 */
export function MapView({
  onLoad,
  dataReady = true,
  plotsCount = null,
  rasterValuesKey = null,
  children,
}: MapViewProps) {
  const { t, i18n } = useTranslation();
  const locale = activeLocale(i18n.language);
  const containerRef = useRef<HTMLDivElement>(null);
  // NOTE: a ref, so a new callback identity does not rebuild the whole map.
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  }, [onLoad]);
  const [loaded, setLoaded] = useState(false);
  const [pointer, setPointer] = useState<LngLat | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    configureMapWorker();
    // NOTE: without WebGL this constructor throws; MapPage's error boundary shows why.
    const map = new MapLibreMap({
      container,
      style: baseStyle({ locale }),
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
    let dispose: (() => void) | undefined;
    map.on('load', () => {
      dispose = onLoadRef.current?.(map);
      setLoaded(true);
    });
    map.on('mousemove', (event) => setPointer({ lng: event.lngLat.lng, lat: event.lngLat.lat }));
    map.on('mouseout', () => setPointer(null));
    return () => {
      dispose?.();
      map.remove();
      setLoaded(false);
    };
  }, [t, locale]);

  return (
    <div className="map-frame">
      <div
        ref={containerRef}
        className="map-canvas"
        data-testid="map"
        data-map-ready={loaded && dataReady ? 'true' : 'false'}
        data-plots-count={plotsCount ?? undefined}
        aria-label={t('map.label')}
        role="region"
      />
      {children}
      <CoordinatesReadout pointer={pointer} rasterValuesKey={rasterValuesKey} />
    </div>
  );
}
