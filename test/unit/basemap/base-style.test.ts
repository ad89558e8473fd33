import fs from 'node:fs';
import path from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { baseStyle } from '../../../renderer/features/map/base-style.js';
import { setBasemapTextScale } from '../../../renderer/features/map/basemap/text-scale.js';
import { NATURAL_EARTH_NAME, PLACE_LABELS } from '../../../renderer/features/map/basemap/place-labels.js';
import { worldLayers } from '../../../renderer/features/map/world.js';
import { regionBoundsFor } from '../../../shared/geo/region-bounds.js';
import { CAJAMARCA_TOWNS } from '../../../shared/geo/cajamarca-towns.js';
import { decodeGlyphPbf } from '../../helpers/glyph-pbf-reader.js';

const resources = path.resolve(import.meta.dirname, '..', '..', '..', 'resources');
const HTTP_PAGE = 'http://127.0.0.1:43125/#/mapa?producer=x';
const APP_PAGE = 'app://cafetal/index.html#/mapa';

/** Every string anywhere in the style that names a scheme, i.e. something MapLibre could fetch. */
function urlsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value)) found.push(value);
  else if (Array.isArray(value)) for (const item of value) urlsIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) urlsIn(item, found);
  return found;
}

const symbolLayer = (layers: LayerSpecification[], id: string): SymbolLayerSpecification => {
  const layer = layers.find((l) => l.id === id);
  if (layer?.type !== 'symbol') throw new Error(`${id} is not a symbol layer`);
  return layer;
};

type Countries = { features: Feature<Polygon | MultiPolygon, { name: string }>[] };

describe('baseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(baseStyle({ pageUrl: HTTP_PAGE }))).toEqual([]);
    expect(validateStyleMin(baseStyle({ pageUrl: APP_PAGE, locale: 'en', textScale: 1.6 }))).toEqual([]);
  });

  it('fetches glyphs and the sprite from the page’s own origin only, tokens unescaped', () => {
    const http = baseStyle({ pageUrl: HTTP_PAGE });
    expect(http.glyphs).toBe('http://127.0.0.1:43125/glyphs/{fontstack}/{range}.pbf');
    expect(http.sprite).toBe('http://127.0.0.1:43125/sprites/cafetal');
    expect(urlsIn(http).every((url) => url.startsWith('http://127.0.0.1:43125/'))).toBe(true);

    const app = baseStyle({ pageUrl: APP_PAGE });
    expect(app.glyphs).toBe('app://cafetal/glyphs/{fontstack}/{range}.pbf');
    expect(app.sprite).toBe('app://cafetal/sprites/cafetal');
    expect(urlsIn(app)).toEqual([app.glyphs, app.sprite]);
  });

  it('names only fontstacks and icons that are shipped', () => {
    const style = JSON.stringify(baseStyle({ pageUrl: HTTP_PAGE }));
    const fontstacks = new Set([...style.matchAll(/"(Noto Sans [A-Za-z]+)"/g)].map((m) => m[1]));
    expect([...fontstacks].sort()).toEqual(['Noto Sans Bold', 'Noto Sans Regular']);
    for (const stack of fontstacks)
      expect(fs.existsSync(path.join(resources, 'glyphs', `${stack}`, '0-255.pbf'))).toBe(true);
    const sprite = JSON.parse(fs.readFileSync(path.join(resources, 'sprites', 'cafetal.json'), 'utf8')) as object;
    const townSource = baseStyle({ pageUrl: HTTP_PAGE }).sources.towns;
    if (townSource?.type !== 'geojson' || typeof townSource.data !== 'object' || !('features' in townSource.data)) {
      throw new Error('towns is not inline GeoJSON');
    }
    for (const f of townSource.data.features) expect(Object.keys(sprite)).toContain(f.properties?.icon);
  });

  it('has a glyph for every character any label can show, upper-cased country names included', () => {
    const shipped = new Set<number>();
    for (const range of ['0-255', '256-511']) {
      for (const stack of decodeGlyphPbf(
        fs.readFileSync(path.join(resources, 'glyphs', 'Noto Sans Bold', `${range}.pbf`)),
      )) {
        for (const g of stack.glyphs) shipped.add(g.id);
      }
    }
    const texts = [
      ...PLACE_LABELS.flatMap((l) => [l.es, l.en, l.es.toUpperCase(), l.en.toUpperCase()]),
      ...CAJAMARCA_TOWNS.map((t) => t.name),
    ];
    const missing = [...texts.join('')].filter((c) => !shipped.has(c.codePointAt(0) ?? -1));
    expect(missing).toEqual([]);
  });

  it('follows the UI language where names differ', () => {
    const names = (locale: 'es-PE' | 'en') => {
      const source = baseStyle({ pageUrl: HTTP_PAGE, locale }).sources['place-labels'];
      if (source?.type !== 'geojson' || typeof source.data !== 'object' || !('features' in source.data))
        throw new Error();
      return source.data.features.map((f) => f.properties?.name as string);
    };
    expect(names('es-PE')).toEqual(['Perú', 'Ecuador', 'Colombia', 'Brasil', 'Bolivia', 'Chile', 'Océano Pacífico']);
    expect(names('en')).toEqual(['Peru', 'Ecuador', 'Colombia', 'Brazil', 'Bolivia', 'Chile', 'Pacific Ocean']);
  });

  it('scales every label size by textScale and shows towns from zoom 5 (capital) and 6', () => {
    const plain = symbolLayer(baseStyle({ pageUrl: HTTP_PAGE }).layers, 'town-label');
    const big = symbolLayer(baseStyle({ pageUrl: HTTP_PAGE, textScale: 1.5 }).layers, 'town-label');
    // Stops z5 11 px, z9 14 px, z12 17 px; the department capital 10 % larger: 12.1, 15.4, 18.7.
    expect(plain.layout?.['text-size']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      ['case', ['==', ['get', 'kind'], 'department-capital'], 12.1, 11],
      9,
      ['case', ['==', ['get', 'kind'], 'department-capital'], 15.4, 14],
      12,
      ['case', ['==', ['get', 'kind'], 'department-capital'], 18.7, 17],
    ]);
    expect(big.layout?.['text-size']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      ['case', ['==', ['get', 'kind'], 'department-capital'], 18.2, 16.5],
      9,
      ['case', ['==', ['get', 'kind'], 'department-capital'], 23.1, 21],
      12,
      ['case', ['==', ['get', 'kind'], 'department-capital'], 28.1, 25.5],
    ]);
    expect(big.paint?.['text-halo-width']).toBe(2.25);
    expect(plain.minzoom).toBe(5);
    expect(plain.filter).toEqual(['>=', ['zoom'], ['get', 'minZoom']]);
    expect(plain.layout?.['text-optional']).toBe(true);
  });
});

describe('basemap place data', () => {
  const countries = worldLayers().countries as unknown as Countries;
  const country = (name: string) => {
    const found = countries.features.find((f) => f.properties.name === name);
    if (!found) throw new Error(`${name} not in Natural Earth`);
    return found;
  };

  it('puts each country label inside that country, and the ocean label in no country', () => {
    for (const label of PLACE_LABELS) {
      const at = point([label.lon, label.lat]);
      if (label.kind === 'country') {
        expect(booleanPointInPolygon(at, country(NATURAL_EARTH_NAME[label.id] ?? '?')), label.id).toBe(true);
      } else {
        expect(
          countries.features.some((f) => booleanPointInPolygon(at, f)),
          label.id,
        ).toBe(false);
      }
    }
  });

  it('has the 13 provincial capitals, all in Peru and inside the Cajamarca region box', () => {
    expect(CAJAMARCA_TOWNS).toHaveLength(13);
    expect(new Set(CAJAMARCA_TOWNS.map((t) => t.province)).size).toBe(13);
    expect(CAJAMARCA_TOWNS.filter((t) => t.kind === 'department-capital').map((t) => t.name)).toEqual(['Cajamarca']);
    const [minLon, minLat, maxLon, maxLat] = regionBoundsFor('Cajamarca')?.bbox ?? [0, 0, 0, 0];
    for (const town of CAJAMARCA_TOWNS) {
      expect(booleanPointInPolygon(point([town.lon, town.lat]), country('Peru')), town.name).toBe(true);
      expect(town.lon).toBeGreaterThan(minLon);
      expect(town.lon).toBeLessThan(maxLon);
      expect(town.lat).toBeGreaterThan(minLat);
      expect(town.lat).toBeLessThan(maxLat);
      // Jaén (729 m) is the lowest, the Andean capitals sit between about 2 000 and 2 800 m.
      expect(town.altitudeM).toBeGreaterThanOrEqual(700);
      expect(town.altitudeM).toBeLessThanOrEqual(2800);
    }
    // Jaén's infobox: 5°42′30″S 78°48′30″W.
    const jaen = CAJAMARCA_TOWNS.find((t) => t.id === 'jaen');
    expect(jaen?.lat).toBeCloseTo(-5.708333, 6);
    expect(jaen?.lon).toBeCloseTo(-78.808333, 6);
  });
});

describe('setBasemapTextScale', () => {
  it('sets the same sizes on a live map that baseStyle({ textScale }) builds', () => {
    const scaled = baseStyle({ pageUrl: HTTP_PAGE, textScale: 1.5 }).layers;
    const calls: [string, string, string, unknown][] = [];
    // Records what would be sent to MapLibre; the map has no ocean label, as a style without it would.
    const map = {
      getLayer: (id: string) => (id === 'ocean-label' ? undefined : { id }),
      setLayoutProperty: (id: string, name: string, value: unknown) => void calls.push(['layout', id, name, value]),
      setPaintProperty: (id: string, name: string, value: unknown) => void calls.push(['paint', id, name, value]),
    } as unknown as Parameters<typeof setBasemapTextScale>[0];
    setBasemapTextScale(map, 1.5);
    expect(calls.map(([kind, id, name]) => `${kind} ${id} ${name}`)).toEqual([
      'layout country-label text-size',
      'paint country-label text-halo-width',
      'layout region-label text-size',
      'paint region-label text-halo-width',
      'layout town-label text-size',
      'paint town-label text-halo-width',
    ]);
    expect(calls[4]?.[3]).toEqual(symbolLayer(scaled, 'town-label').layout?.['text-size']);
    expect(calls[5]?.[3]).toBe(2.25);
  });
});
