/**
 * Bounding boxes of the regions whose limits we have a source for, to warn
 * when a plot is mapped outside its organisation's region. A box, not the
 * outline: generous on purpose, it catches swapped coordinates and plots in
 * the wrong province of the country, not plots a few metres over a border.
 */
interface RegionBounds {
  name: string;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
  source: string;
}

const regions: RegionBounds[] = [
  {
    name: 'Cajamarca',
    bbox: [-79.453, -7.759, -77.741, -4.624],
    source: 'INEI departmental limits (DOMAIN.md, "The farm")',
  },
];

const key = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** Null when we have no bounds for that region (then no warning is given). */
export function regionBoundsFor(region: string): RegionBounds | null {
  return regions.find((r) => key(r.name) === key(region)) ?? null;
}
