import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// NOTE: `?raw` + JSON.parse rather than a JSON import: TypeScript would otherwise
// infer a type for all 750 kB of arcs, and JSON.parse is faster than a JS literal.
import countriesText from 'world-atlas/countries-50m.json?raw';

type CountryProperties = { name: string };
type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

export interface WorldLayers {
  /** Country polygons with `properties.name` (Natural Earth 1:50m, via world-atlas). */
  readonly countries: FeatureCollection;
  /** Land borders between two countries only (coastlines excluded). */
  readonly borders: MultiLineString;
  /** Coastlines: arcs that belong to one country only. */
  readonly coastlines: MultiLineString;
}

let cached: WorldLayers | null = null;

/** Converts world-atlas TopoJSON to GeoJSON once; the map may mount many times. */
export function worldLayers(): WorldLayers {
  if (cached) return cached;
  const topology = JSON.parse(countriesText) as WorldTopology;
  const countries = topology.objects.countries;
  cached = {
    countries: feature(topology, countries),
    borders: mesh(topology, countries, (a, b) => a !== b),
    coastlines: mesh(topology, countries, (a, b) => a === b),
  };
  return cached;
}
