import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { setBasemapTextScale } from '../../map/basemap/text-scale.js';
import { PRESENTATION_TEXT_SCALE, usePresentation } from './presentation-store.js';

/**
 * The map follows presentation mode: its labels grow with the rest of the
 * text (on the live style, so plots and drawings stay), and MapLibre is told
 * its container changed size when the mode starts or ends and when full
 * screen comes or goes, so the canvas is redrawn at the new size rather than
 * stretched for a frame.
 */
export function useMapPresentation(map: MapLibreMap | null): void {
  const active = usePresentation();
  useEffect(() => {
    if (!map) return;
    setBasemapTextScale(map, active ? PRESENTATION_TEXT_SCALE : 1);
    let frame = requestAnimationFrame(() => map.resize());
    const onFullscreen = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => map.resize());
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [map, active]);
}
