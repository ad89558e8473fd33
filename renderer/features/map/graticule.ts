import type { Feature, FeatureCollection, LineString } from 'geojson';

export interface GraticuleLine {
  /** 'meridian' (constant longitude) or 'parallel' (constant latitude). */
  readonly kind: 'meridian' | 'parallel';
  /** The constant coordinate in degrees. */
  readonly deg: number;
  /** Every `majorEveryDeg` degrees, drawn a little stronger. */
  readonly major: boolean;
}

export interface GraticuleOptions {
  readonly stepDeg?: number;
  readonly majorEveryDeg?: number;
  /** Web Mercator cannot show the poles (it stops near ±85.05°), so neither do we. */
  readonly maxLatDeg?: number;
}

const range = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

/**
 * Meridians and parallels every `stepDeg` degrees, built in code so the map
 * needs no file or network. In Web Mercator both are straight lines, so two
 * points per line suffice.
 */
export function graticule(options: GraticuleOptions = {}): FeatureCollection<LineString, GraticuleLine> {
  const { stepDeg = 1, majorEveryDeg = 5, maxLatDeg = 80 } = options;
  const isMajor = (deg: number): boolean => Math.abs(deg % majorEveryDeg) < 1e-9;
  const line = (properties: GraticuleLine, coordinates: [number, number][]): Feature<LineString, GraticuleLine> => ({
    type: 'Feature',
    properties,
    geometry: { type: 'LineString', coordinates },
  });

  const meridians = range(-180, 180, stepDeg).map((lon) =>
    line({ kind: 'meridian', deg: lon, major: isMajor(lon) }, [
      [lon, -maxLatDeg],
      [lon, maxLatDeg],
    ]),
  );
  const parallels = range(-maxLatDeg, maxLatDeg, stepDeg).map((lat) =>
    line({ kind: 'parallel', deg: lat, major: isMajor(lat) }, [
      [-180, lat],
      [180, lat],
    ]),
  );
  return { type: 'FeatureCollection', features: [...meridians, ...parallels] };
}
