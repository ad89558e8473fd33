import 'maplibre-gl/dist/maplibre-gl.css';
import type { Map as MapLibreMap, GeoJSONSource, MapLayerMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSmallMap } from '../map/small-map.js';
import { geometriesBounds } from './geometry-bounds.js';
import {
  HATCH_IMAGE,
  PREVIEW_SOURCE,
  REJECTED_OUTLINE_SOURCE,
  clickableLayers,
  hatchImage,
  previewLayers,
  rejectedOutlines,
  selectedAreaFilter,
  selectedPointFilter,
  selectedRejectedFilter,
} from './preview-map-layers.js';

/** Close enough to see a 0.3 ha plot's shape, not so close that one small plot fills the screen. */
const MAX_FIT_ZOOM = 16;
const FIT_PADDING_PX = 32;

interface PreviewMapProps {
  readonly collection: FeatureCollection;
  readonly selectedRow: number | null;
  readonly onSelect: (row: number) => void;
}

const rowOf = (feature: Feature): number | null => {
  const row: unknown = feature.properties?.row;
  return typeof row === 'number' ? row : null;
};

/**
 * The file's features on the offline base map, coloured by verdict and framed
 * to fit. A click selects a feature (and its table row); a row chosen in the
 * table is outlined and framed here. `data-map-ready` turns "true" once the
 * features are drawn: tests wait on it.
 */
export default function PreviewMap({ collection, selectedRow, onSelect }: PreviewMapProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const onSelectRef = useRef(onSelect);
  /** The row last picked on the map: it is already in view, so it is not framed again. */
  const pickedOnMap = useRef<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const byRow = useMemo(() => {
    const features = new Map<number, Feature>();
    for (const feature of collection.features) {
      const row = rowOf(feature);
      if (row !== null) features.set(row, feature);
    }
    return features;
  }, [collection]);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // NOTE: throws without WebGL; the step's error boundary says so.
    const map = createSmallMap(container, t('importWizard.preview.mapLabel'), t);
    map.on('load', () => {
      map.addImage(HATCH_IMAGE, hatchImage());
      map.addSource(PREVIEW_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addSource(REJECTED_OUTLINE_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      previewLayers().forEach((layer) => map.addLayer(layer));
      const pick = (event: MapLayerMouseEvent): void => {
        const row = event.features?.[0] ? rowOf(event.features[0]) : null;
        if (row === null) return;
        pickedOnMap.current = row;
        onSelectRef.current(row);
      };
      for (const layer of clickableLayers) {
        map.on('click', layer, pick);
        map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
        map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
      }
      mapRef.current = map;
      setLoaded(true);
    });
    return () => {
      mapRef.current = null;
      map.remove();
      setLoaded(false);
      setDrawn(false);
    };
  }, [t]);

  // A new preview (another CRS or mapping) replaces the data and frames it again.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    void map.getSource<GeoJSONSource>(PREVIEW_SOURCE)?.setData(collection);
    void map.getSource<GeoJSONSource>(REJECTED_OUTLINE_SOURCE)?.setData(rejectedOutlines(collection));
    const bounds = geometriesBounds(collection.features.map((feature) => feature.geometry));
    if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING_PX, maxZoom: MAX_FIT_ZOOM, duration: 0 });
    void map.once('idle', () => setDrawn(true));
  }, [loaded, collection]);

  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    map.setFilter('import-selected-outline', selectedAreaFilter(selectedRow));
    map.setFilter('import-selected-point', selectedPointFilter(selectedRow));
    map.setFilter('import-selected-rejected', selectedRejectedFilter(selectedRow));
    const feature = selectedRow === null ? undefined : byRow.get(selectedRow);
    if (feature && pickedOnMap.current !== selectedRow) {
      const bounds = geometriesBounds([feature.geometry]);
      if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING_PX * 3, maxZoom: MAX_FIT_ZOOM, duration: 300 });
    }
    pickedOnMap.current = null;
  }, [loaded, selectedRow, byRow]);

  return (
    <div
      ref={containerRef}
      className="import-map-canvas"
      data-testid="import-preview-map"
      data-map-ready={drawn ? 'true' : 'false'}
      data-feature-count={collection.features.length}
      role="region"
      aria-label={t('importWizard.preview.mapLabel')}
    />
  );
}
