import type { Polygon, Position } from 'geojson';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';

/** Metres per degree of latitude and of longitude at the equator (WGS84), for placing vertices. */
const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQUATOR = 111_320;

/**
 * An irregular plot of `vertices` corners around `centre` whose geodesic area
 * is `targetHa` (the sketch is scaled to it, so the stored area is the one
 * asked for, to well within a square metre).
 */
export function irregularPlot(random: () => number, centre: Position, targetHa: number, vertices = 6): Polygon {
  const [lon, lat] = centre as [number, number];
  const mPerDegLon = M_PER_DEG_LON_EQUATOR * Math.cos((lat * Math.PI) / 180);
  const offsets: [number, number][] = [];
  for (let k = 0; k < vertices; k += 1) {
    const angle = ((k + 0.35 * (random() - 0.5)) / vertices) * 2 * Math.PI;
    const radius = 0.8 + 0.35 * random();
    offsets.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  const ring = (scaleM: number): Position[] => {
    const positions = offsets.map(([dx, dy]) => [
      Math.round((lon + (dx * scaleM) / mPerDegLon) * 1e7) / 1e7,
      Math.round((lat + (dy * scaleM) / M_PER_DEG_LAT) * 1e7) / 1e7,
    ]);
    return [...positions, [...(positions[0] as Position)]];
  };
  // A unit sketch, then one scaling: area grows with the square of the scale.
  const sketchM = Math.sqrt((targetHa * 10_000) / Math.PI);
  const sketchHa = geodesicAreaHa({ type: 'Polygon', coordinates: [ring(sketchM)] });
  return { type: 'Polygon', coordinates: [ring(sketchM * Math.sqrt(targetHa / sketchHa))] };
}

/** The radius of the circle around the plot's centre that holds all its corners, in metres. */
export const plotReachM = (areaHa: number): number => 1.45 * Math.sqrt((areaHa * 10_000) / Math.PI);
