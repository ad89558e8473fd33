import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import type { HexColor } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

/** Mode names terra-draw gives its built-in modes; 'static' is its idle mode. */
export const drawModes = {
  idle: 'static',
  polygon: 'polygon',
  point: 'point',
  line: 'linestring',
  select: 'select',
} as const;

const INK: HexColor = '#0b3d91';
const VERTEX: HexColor = '#ffffff';
const ACCENT: HexColor = '#d99a00';

/**
 * NOTE: only circles, lines and fills: terra-draw's marker mode (which loads
 * a PNG from GitHub) is left out, and nothing needs glyphs or sprites.
 * Edges may cross while editing: our own validation reports it, with the
 * crossing points on the map, instead of the vertex silently refusing to move.
 */
function selectMode(): TerraDrawSelectMode {
  const editablePolygon = {
    feature: {
      draggable: true,
      selfIntersectable: true,
      coordinates: { draggable: true, midpoints: true, deletable: true },
    },
  };
  return new TerraDrawSelectMode({
    // Clicking the empty map must not drop the plot being edited.
    allowManualDeselection: false,
    // Every pointer move counts: a throttled drag can end short of where the pointer let go.
    dragEventThrottle: 0,
    // Escape and Delete belong to our own panel (cancel, delete plot), not to terra-draw.
    keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
    flags: {
      polygon: editablePolygon,
      linestring: editablePolygon,
      point: { feature: { draggable: true } },
    },
    styles: {
      selectedPolygonColor: INK,
      selectedPolygonFillOpacity: 0.25,
      selectedPolygonOutlineColor: INK,
      selectedPolygonOutlineWidth: 3,
      selectedLineStringColor: INK,
      selectedLineStringWidth: 3,
      selectedPointColor: INK,
      selectedPointWidth: 8,
      selectedPointOutlineColor: VERTEX,
      selectedPointOutlineWidth: 2,
      selectionPointColor: VERTEX,
      selectionPointWidth: 6,
      selectionPointOutlineColor: INK,
      selectionPointOutlineWidth: 2,
      midPointColor: ACCENT,
      midPointWidth: 4,
      midPointOutlineColor: VERTEX,
      midPointOutlineWidth: 1,
    },
  });
}

/** One terra-draw per map: plot drawing, geometry editing and the measuring tools share it. */
export function createTerraDraw(map: MapLibreMap): TerraDraw {
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map }),
    modes: [
      new TerraDrawPolygonMode({
        // Enter closes the polygon; Escape is handled by the page so it cancels the whole tool.
        keyEvents: { cancel: null, finish: 'Enter' },
        // Every clicked corner stays visible while drawing, not only the first and the last.
        showCoordinatePoints: true,
        styles: {
          fillColor: INK,
          fillOpacity: 0.2,
          outlineColor: INK,
          outlineWidth: 3,
          closingPointColor: ACCENT,
          closingPointWidth: 7,
          closingPointOutlineColor: VERTEX,
          closingPointOutlineWidth: 2,
          coordinatePointColor: VERTEX,
          coordinatePointWidth: 4,
          coordinatePointOutlineColor: INK,
          coordinatePointOutlineWidth: 2,
        },
      }),
      new TerraDrawPointMode({
        styles: { pointColor: INK, pointWidth: 8, pointOutlineColor: VERTEX, pointOutlineWidth: 2 },
      }),
      new TerraDrawLineStringMode({
        keyEvents: { cancel: null, finish: 'Enter' },
        styles: {
          lineStringColor: INK,
          lineStringWidth: 3,
          closingPointColor: ACCENT,
          closingPointWidth: 6,
          closingPointOutlineColor: VERTEX,
          closingPointOutlineWidth: 2,
        },
      }),
      selectMode(),
    ],
  });
  draw.start();
  draw.setMode(drawModes.idle);
  return draw;
}
