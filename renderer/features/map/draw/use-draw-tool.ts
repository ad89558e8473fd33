import type { LineString, Point, Polygon } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import type { GeoJSONStoreFeatures, TerraDraw } from 'terra-draw';
import type { MapSession } from '../map-session.js';
import { drawModes } from './create-terra-draw.js';

/** What the user is doing with terra-draw; null when the map is only browsed. */
export type DrawTool =
  | { readonly kind: 'newPolygon' }
  | { readonly kind: 'newPoint' }
  | { readonly kind: 'editGeometry'; readonly plotId: string; readonly geometry: Polygon | Point }
  | { readonly kind: 'measureDistance' }
  | { readonly kind: 'measureArea' };

export type DrawnGeometry = Polygon | Point | LineString;

export interface DrawnShape {
  /** The shape as it is now, including the vertex following the pointer while drawing. */
  readonly geometry: DrawnGeometry | null;
  /** True once the shape is closed (or loaded for editing): vertices are then dragged, not added. */
  readonly finished: boolean;
  /** terra-draw refused the geometry (a polygon with holes, say): it cannot be edited here. */
  readonly refused: boolean;
}

interface ToolSpec {
  readonly mode: (typeof drawModes)[keyof typeof drawModes];
  readonly geometryType: DrawnGeometry['type'];
}

function specOf(tool: DrawTool): ToolSpec {
  switch (tool.kind) {
    case 'newPolygon':
    case 'measureArea':
      return { mode: drawModes.polygon, geometryType: 'Polygon' };
    case 'newPoint':
      return { mode: drawModes.point, geometryType: 'Point' };
    case 'measureDistance':
      return { mode: drawModes.line, geometryType: 'LineString' };
    case 'editGeometry':
      return tool.geometry.type === 'Point'
        ? { mode: drawModes.point, geometryType: 'Point' }
        : { mode: drawModes.polygon, geometryType: 'Polygon' };
    default: {
      const unexpected: never = tool;
      throw new Error(`Unknown draw tool ${JSON.stringify(unexpected)}`);
    }
  }
}

/** terra-draw keeps 9 decimals (≈ 0.1 mm) and refuses features with more. */
const roundCoordinates = <G extends Polygon | Point>(geometry: G): G =>
  JSON.parse(JSON.stringify(geometry), (_key, value: unknown) =>
    typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value,
  ) as G;

/**
 * While drawing, terra-draw's ring repeats the last clicked corner as the
 * vertex under the pointer until the pointer moves; a zero-length edge would
 * read as the outline crossing itself. Consecutive repeats are dropped.
 */
function withoutRepeats(geometry: DrawnGeometry): DrawnGeometry {
  if (geometry.type !== 'Polygon') return geometry;
  const coordinates = geometry.coordinates.map((ring) =>
    ring.filter((position, i) => i === 0 || position[0] !== ring[i - 1]?.[0] || position[1] !== ring[i - 1]?.[1]),
  );
  return { type: 'Polygon', coordinates };
}

/** The user's shape: not terra-draw's guidance points (closing points, selection handles). */
function drawnFeature(draw: TerraDraw, spec: ToolSpec): GeoJSONStoreFeatures | undefined {
  return draw
    .getSnapshot()
    .find((feature) => feature.properties.mode === spec.mode && feature.geometry.type === spec.geometryType);
}

const idle: DrawnShape = { geometry: null, finished: false, refused: false };

/** Before terra-draw has said anything: the plot's own geometry when editing, else nothing. */
const initialShape = (tool: DrawTool): DrawnShape =>
  tool.kind === 'editGeometry' ? { geometry: roundCoordinates(tool.geometry), finished: true, refused: false } : idle;

/**
 * Runs one tool on the map's terra-draw: draws a new shape, or loads a plot's
 * geometry into select mode to drag vertices (midpoints add vertices, a right
 * click deletes one, dragging inside moves the whole plot). Everything is
 * cleared when the tool changes or ends.
 */
export function useDrawTool(session: MapSession | null, tool: DrawTool | null): DrawnShape {
  // Keyed by tool, so a new tool never shows the previous tool's shape for a frame.
  const [state, setState] = useState<{ tool: DrawTool; shape: DrawnShape } | null>(null);

  useEffect(() => {
    if (!session || !tool) return;
    const { draw } = session;
    const spec = specOf(tool);
    draw.clear();
    let finished = tool.kind === 'editGeometry';
    const read = () => {
      const feature = drawnFeature(draw, spec);
      const geometry = feature ? withoutRepeats(feature.geometry) : null;
      setState({ tool, shape: { geometry, finished, refused: false } });
    };
    const edit = (id: string | number) => {
      draw.setMode(drawModes.select);
      draw.selectFeature(id);
    };
    const onFinish = (id: string | number, context: { action: string }) => {
      if (context.action !== 'draw') return;
      finished = true;
      // NOTE: after the mode's own handler has returned, not inside it.
      queueMicrotask(() => {
        edit(id);
        read();
      });
    };
    draw.on('change', read);
    draw.on('finish', onFinish);
    if (tool.kind === 'editGeometry') {
      const shape = initialShape(tool);
      const id = draw.getFeatureId();
      const [result] = draw.addFeatures([
        { id, type: 'Feature', geometry: shape.geometry as Polygon | Point, properties: { mode: spec.mode } },
      ]);
      if (result?.valid) edit(id);
      else queueMicrotask(() => setState({ tool, shape: { ...shape, refused: true } }));
    } else {
      draw.setMode(spec.mode);
    }
    return () => {
      draw.off('change', read);
      draw.off('finish', onFinish);
      if (session.removed) return;
      draw.clear();
      draw.setMode(drawModes.idle);
    };
  }, [session, tool]);

  const initial = useMemo(() => (tool ? initialShape(tool) : idle), [tool]);
  if (!tool) return idle;
  return state?.tool === tool ? state.shape : initial;
}
