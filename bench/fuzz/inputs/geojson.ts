import fc from 'fast-check';
import type { FuzzCase } from '../fuzz-types.js';
import { attributeName, attributeValue, encodeText, position, ring, textEncoding } from './values.js';

const geometryTypes = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;

/** Coordinates for a geometry type, usually of the right depth, sometimes of another. */
const coordinatesFor = (type: string): fc.Arbitrary<unknown> => {
  const polygon = fc.array(ring, { minLength: 0, maxLength: 3 });
  const right: Record<string, fc.Arbitrary<unknown>> = {
    Point: position,
    MultiPoint: fc.array(position, { maxLength: 6 }),
    LineString: fc.array(position, { maxLength: 8 }),
    MultiLineString: fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }),
    Polygon: polygon,
    MultiPolygon: fc.array(polygon, { maxLength: 3 }),
  };
  return fc.oneof(
    { weight: 8, arbitrary: right[type] ?? position },
    { weight: 1, arbitrary: fc.oneof(...Object.values(right)) },
    { weight: 1, arbitrary: attributeValue },
  );
};

const simpleGeometry = fc
  .constantFrom(...geometryTypes, 'Polygon', 'Polygon', 'MultiPolygon')
  .chain((type) => fc.record({ type: fc.constant(type), coordinates: coordinatesFor(type) }));

const geometry: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: simpleGeometry },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('GeometryCollection'),
      geometries: fc.array(simpleGeometry, { maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, {}, [], 'Polygon', { type: 'Polygon' }, { type: 'Circle', radius: 5 }),
  },
);

const properties = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(attributeName, attributeValue, { maxKeys: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, [], 'texto', 7) },
);

const feature = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record(
      {
        type: fc.constant('Feature'),
        id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)),
        geometry,
        properties,
      },
      { requiredKeys: ['type', 'geometry'] },
    ),
  },
  { weight: 1, arbitrary: fc.oneof(geometry, attributeValue) },
);

const crsMember = fc.constantFrom(
  undefined,
  { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32717' } },
  { type: 'name', properties: { name: 'EPSG:24877' } },
  { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  { type: 'name', properties: { name: 'EPSG:999999999' } },
  { type: 'name', properties: { name: 'EPSG:0' } },
  { type: 'name', properties: { name: 12 } },
  { type: 'link', properties: { href: 'http://example.com/crs' } },
  'EPSG:4326',
);

const root = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({ features: fc.array(feature, { maxLength: 15 }), crs: crsMember })
      .map(({ features, crs }) => ({ type: 'FeatureCollection', ...(crs === undefined ? {} : { crs }), features })),
  },
  { weight: 2, arbitrary: feature },
  { weight: 1, arbitrary: geometry },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { type: 'FeatureCollection' },
      { type: 'FeatureCollection', features: {} },
      { type: 'FeatureCollection', features: 'x' },
      [],
      'texto',
      42,
      null,
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

/** Deeply nested text no reader should recurse into: arrays, GeometryCollections, folders of objects. */
const deep = fc
  .record({ kind: fc.constantFrom('arrays', 'collections', 'objects'), depth: fc.integer({ min: 100, max: 60_000 }) })
  .map(({ kind, depth }) => {
    if (kind === 'arrays')
      return {
        label: `deep arrays ×${depth}`,
        text: `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
      };
    if (kind === 'collections')
      return {
        label: `deep GeometryCollection ×${depth}`,
        text: `${'{"type":"GeometryCollection","geometries":['.repeat(depth)}${']}'.repeat(depth)}`,
      };
    return {
      label: `deep properties ×${depth}`,
      text: `{"type":"Feature","geometry":null,"properties":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    };
  });

/** Numbers JSON cannot carry, written as bare tokens (what some exporters do): NaN, Infinity. */
const serialise = (value: unknown, bareTokens: boolean): string => {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? (bareTokens ? `@@${v}@@` : null) : v,
  );
  return bareTokens ? (text ?? '').replace(/"@@(-?\w+)@@"/g, '$1') : (text ?? '');
};

/** Generated GeoJSON: random structures, wrong types, odd numbers, deep nesting, odd encodings. */
export const generatedGeoJson: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .record({
        value: root,
        bareTokens: fc.boolean(),
        encoding: textEncoding,
        extension: fc.constantFrom('geojson', 'json', 'txt', ''),
      })
      .map(({ value, bareTokens, encoding, extension }) => ({
        label: `generated GeoJSON (${encoding}${bareTokens ? ', bare NaN' : ''})`,
        fileName: extension === '' ? 'parcelas' : `parcelas.${extension}`,
        bytes: encodeText(serialise(value, bareTokens), encoding),
      })),
  },
  {
    weight: 1,
    arbitrary: deep.map(({ label, text }) => ({
      label: `generated ${label}`,
      fileName: 'hondo.geojson',
      bytes: encodeText(text, 'utf8'),
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('', ' ', '\uFEFF', '{', '[', 'null', '{"type":"FeatureCollection","features":[')
      .map((text) => ({
        label: `generated GeoJSON ${JSON.stringify(text)}`,
        fileName: 'vacio.geojson',
        bytes: encodeText(text, 'utf8'),
      })),
  },
);
