/** The eight sections, in navigation order. The id is also the URL hash: `#/mapa`. */
export const sections = [
  'mapa',
  'productores',
  'riesgos',
  'planes',
  'informes',
  'intercambio',
  'taller',
  'ajustes',
] as const;
export type Section = (typeof sections)[number];

export const defaultSection: Section = 'mapa';

export function isSection(value: string): value is Section {
  return (sections as readonly string[]).includes(value);
}

/**
 * `#/productores` → 'productores'; anything else → the map. Hash routing
 * works the same from app://, file:// and http:// with no server rewrites.
 */
export function sectionFromHash(hash: string): Section {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isSection(id) ? id : defaultSection;
}

export const hrefFor = (section: Section): string => `#/${section}`;
