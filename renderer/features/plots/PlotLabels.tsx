import { useEffect, useRef } from 'react';
import type { MapSession } from '../map/map-session.js';
import type { PlotIndex, PlotIndexEntry } from './plot-index.js';

export const labelModes = ['none', 'plot', 'producer'] as const;
export type LabelMode = (typeof labelModes)[number];

/** Below this zoom a label would cover several plots (at 14 a plot of 1 ha is ~25 px wide). */
export const LABEL_MIN_ZOOM = 14;
/** More labels than this stop being readable and cost layout time on every frame. */
export const MAX_LABELS = 200;

interface Placed {
  readonly element: HTMLElement;
  readonly anchor: [number, number];
}

/** Visible plots, largest first; one label per producer when labelling by producer. */
function labelsInView(
  session: MapSession,
  index: PlotIndex,
  mode: LabelMode,
): { entry: PlotIndexEntry; text: string }[] {
  const { map } = session;
  if (mode === 'none' || map.getZoom() < LABEL_MIN_ZOOM) return [];
  const bounds = map.getBounds();
  const visible = index.entries.filter((entry) => bounds.contains(entry.anchor));
  visible.sort((a, b) => b.properties.areaHa - a.properties.areaHa);
  const out: { entry: PlotIndexEntry; text: string }[] = [];
  const producersSeen = new Set<string>();
  for (const entry of visible) {
    if (out.length >= MAX_LABELS) break;
    if (mode === 'producer') {
      if (producersSeen.has(entry.properties.producerId)) continue;
      producersSeen.add(entry.properties.producerId);
    }
    out.push({ entry, text: mode === 'plot' ? entry.properties.name : entry.properties.producerName });
  }
  return out;
}

/**
 * Plot or producer names over the map. NOTE: the offline style has no glyphs,
 * so MapLibre cannot draw text; these are DOM elements, chosen again when the
 * map stops moving and only repositioned (transform) while it moves.
 */
export function PlotLabels({
  session,
  index,
  mode,
}: {
  session: MapSession | null;
  index: PlotIndex;
  mode: LabelMode;
}) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!session || !container) return;
    const { map } = session;
    let placed: Placed[] = [];
    const position = () => {
      for (const { element, anchor } of placed) {
        const { x, y } = map.project(anchor);
        element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
      }
    };
    const choose = () => {
      const chosen = labelsInView(session, index, mode);
      placed = chosen.map(({ entry, text }) => {
        const element = document.createElement('span');
        element.className = 'plot-label';
        element.dataset.testid = 'plot-label';
        element.dataset.plotId = entry.properties.id;
        element.textContent = text;
        return { element, anchor: entry.anchor };
      });
      container.replaceChildren(...placed.map((p) => p.element));
      container.dataset.count = String(placed.length);
      position();
    };
    choose();
    map.on('move', position);
    map.on('moveend', choose);
    return () => {
      map.off('move', position);
      map.off('moveend', choose);
      container.replaceChildren();
    };
  }, [session, index, mode]);

  // aria-hidden: the side panel and the search give the same names to screen readers.
  return <div ref={containerRef} className="plot-labels" data-testid="plot-labels" aria-hidden="true" />;
}
