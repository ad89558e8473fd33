import { booleanPointInPolygon, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { peruRegions } from '../../../renderer/features/map/basemap/peru-regions.js';
import { CAJAMARCA_TOWNS } from '../../../shared/geo/cajamarca-towns.js';

const regionNamed = (name: string) => {
  const region = peruRegions().regions.features.find((f) => f.properties.name === name);
  if (!region) throw new Error(`no region ${name}`);
  return region;
};

describe("Peru's regions in the built-in map", () => {
  it('has the 24 departments, Callao and Lima Metropolitana, each once', () => {
    const names = peruRegions().regions.features.map((f) => f.properties.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(26);
    for (const name of ['Cajamarca', 'Amazonas', 'Puno', 'Callao', 'Lima', 'Lima Metropolitana', 'San Martín'])
      expect(names).toContain(name);
  });

  it('puts each region where it is: Cajamarca’s towns in Cajamarca, Puno and Juliaca in Puno', () => {
    // Towns near a region's edge may fall outside a 1:10m outline; the department capital and the coffee towns do not.
    for (const id of ['cajamarca', 'jaen', 'san-ignacio', 'chota', 'cutervo']) {
      const town = CAJAMARCA_TOWNS.find((t) => t.id === id)!;
      expect(booleanPointInPolygon(point([town.lon, town.lat]), regionNamed('Cajamarca')), id).toBe(true);
    }
    expect(booleanPointInPolygon(point([-70.02, -15.84]), regionNamed('Puno'))).toBe(true); // Puno city
    expect(booleanPointInPolygon(point([-70.13, -15.5]), regionNamed('Puno'))).toBe(true); // Juliaca
    expect(booleanPointInPolygon(point([-70.02, -15.84]), regionNamed('Callao'))).toBe(false);
  });

  it('labels each region once, on its largest part (Ica without its islands)', () => {
    const { regions, labelAreas } = peruRegions();
    expect(labelAreas.features.map((f) => f.properties.name)).toEqual(regions.features.map((f) => f.properties.name));
    expect(labelAreas.features.every((f) => f.geometry.type === 'Polygon')).toBe(true);
    const ica = labelAreas.features.find((f) => f.properties.name === 'Ica')!;
    expect(booleanPointInPolygon(point([-75.73, -14.07]), ica)).toBe(true); // Ica city
  });

  it('draws only the borders between regions, not the coast', () => {
    const { borders } = peruRegions();
    expect(borders.type).toBe('MultiLineString');
    // Every vertex of an interior border lies inside Peru's frame.
    for (const [lon, lat] of borders.coordinates.flat()) {
      expect(lon).toBeGreaterThan(-81.4);
      expect(lon).toBeLessThan(-68.6);
      expect(lat).toBeGreaterThan(-18.4);
      expect(lat).toBeLessThan(0);
    }
    expect(borders.coordinates.length).toBeGreaterThan(20);
  });
});
