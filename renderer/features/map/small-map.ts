import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { TFunction } from 'i18next';
import { activeLocale, i18n } from '../../i18n/i18n.js';
import { baseStyle } from './base-style.js';
import { configureMapWorker } from './map-worker.js';

/**
 * The offline base map with zoom buttons, a metric scale and translated
 * control labels, centred on Cajamarca: what the producer page and the import
 * preview draw their plots on. Throws without WebGL (the caller's error
 * boundary says so).
 */
export function createSmallMap(container: HTMLElement, title: string, t: TFunction): MapLibreMap {
  configureMapWorker();
  const map = new MapLibreMap({
    container,
    style: baseStyle({ locale: activeLocale(i18n.language) }),
    center: [-78.6, -6.2],
    zoom: 6.5,
    attributionControl: { compact: true },
    locale: {
      'Map.Title': title,
      'NavigationControl.ZoomIn': t('map.controls.zoomIn'),
      'NavigationControl.ZoomOut': t('map.controls.zoomOut'),
      'NavigationControl.ResetBearing': t('map.controls.resetBearing'),
      'AttributionControl.ToggleAttribution': t('map.controls.toggleAttribution'),
    },
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
  return map;
}
