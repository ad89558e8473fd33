import type { FeatureCollection, GeoJSON } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { PlotFeatureCollection } from '../../../shared/api/plots.js';
import type { MapSession } from '../map/map-session.js';
import {
  CENTRES_SOURCE,
  INTERACTIVE_PLOT_LAYERS,
  PLOTS_SOURCE,
  PLOT_STATE_SOURCES,
  hidePlot,
  setPlotColours,
} from './plot-layers.js';

export interface PlotsOnMapOptions {
  readonly collection: PlotFeatureCollection | null;
  /** A dot per polygon plot for small zooms (see plot-layers.ts). */
  readonly centres: FeatureCollection | null;
  readonly colours: ExpressionSpecification | string;
  readonly selectedId: string | null;
  /** A plot whose geometry is being edited: terra-draw draws it instead. */
  readonly hiddenId: string | null;
  /** False while drawing or measuring: clicks then belong to terra-draw. */
  readonly interactive: boolean;
  readonly onSelect: (plotId: string | null) => void;
}

const plotIdOf = (feature: { properties?: Record<string, unknown> } | undefined): string | null =>
  typeof feature?.properties?.id === 'string' ? feature.properties.id : null;

/** Gives the plots to MapLibre and wires hover and click; returns how many are drawn (null while loading). */
export function usePlotsOnMap(session: MapSession | null, options: PlotsOnMapOptions): number | null {
  const { collection, centres, colours, selectedId, hiddenId, interactive, onSelect } = options;
  const [renderedCount, setRenderedCount] = useState<number | null>(null);
  const interactiveRef = useRef(interactive);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    interactiveRef.current = interactive;
    onSelectRef.current = onSelect;
  }, [interactive, onSelect]);

  useEffect(() => {
    if (!session || !collection || !centres) return;
    const { map } = session;
    let current = true;
    // "idle" after the worker has tiled the new data: the frame with the plots is drawn.
    // The repaint makes sure an idle map renders (and so reports idle) once more.
    const onIdle = () => current && setRenderedCount(collection.features.length);
    const setData = (id: string, data: GeoJSON) => map.getSource<GeoJSONSource>(id)?.setData(data);
    Promise.all([setData(PLOTS_SOURCE, collection), setData(CENTRES_SOURCE, centres)]).then(
      () => {
        if (!current || session.removed) return;
        map.once('idle', onIdle);
        map.triggerRepaint();
      },
      () => {
        // A removed map rejects; nothing is waiting for it any more.
      },
    );
    return () => {
      current = false;
      map.off('idle', onIdle);
      setRenderedCount(null);
    };
  }, [session, collection, centres]);

  useEffect(() => {
    if (session) setPlotColours(session.map, colours);
  }, [session, colours]);

  useEffect(() => {
    if (!session) return;
    hidePlot(session.map, hiddenId);
  }, [session, hiddenId]);

  useEffect(() => {
    if (!session || !selectedId) return;
    const targets = PLOT_STATE_SOURCES.map((source) => ({ source, id: selectedId }));
    targets.forEach((target) => session.map.setFeatureState(target, { selected: true }));
    return () => {
      if (!session.removed) targets.forEach((target) => session.map.setFeatureState(target, { selected: false }));
    };
  }, [session, selectedId, collection]);

  useEffect(() => {
    if (!session) return;
    const { map } = session;
    let hovered: string | null = null;
    const setHover = (id: string | null) => {
      if (id === hovered) return;
      for (const source of PLOT_STATE_SOURCES) {
        if (hovered) map.setFeatureState({ source, id: hovered }, { hover: false });
        if (id) map.setFeatureState({ source, id }, { hover: true });
      }
      hovered = id;
      map.getCanvas().style.cursor = hovered ? 'pointer' : '';
    };
    const onMove = (event: MapLayerMouseEvent) =>
      setHover(interactiveRef.current ? plotIdOf(event.features?.[0]) : null);
    const onLeave = () => setHover(null);
    const onClick = (event: MapMouseEvent) => {
      if (!interactiveRef.current) return;
      const [top] = map.queryRenderedFeatures(event.point, { layers: INTERACTIVE_PLOT_LAYERS });
      onSelectRef.current(plotIdOf(top));
    };
    for (const layer of INTERACTIVE_PLOT_LAYERS) {
      map.on('mousemove', layer, onMove);
      map.on('mouseleave', layer, onLeave);
    }
    map.on('click', onClick);
    return () => {
      for (const layer of INTERACTIVE_PLOT_LAYERS) {
        map.off('mousemove', layer, onMove);
        map.off('mouseleave', layer, onLeave);
      }
      map.off('click', onClick);
      if (!session.removed) setHover(null);
    };
  }, [session]);

  return renderedCount;
}
