import { useTranslation } from 'react-i18next';
import type { BasemapFacts, LonLatBounds } from '../../../shared/domain/basemap.js';
import { useFormat } from '../../i18n/use-format.js';

/** Degrees with two decimals (~1 km): enough to tell where a tileset lies. */
const DIGITS = 2;

/** Coverage and zoom range in words: "Zoom 5–8", "Cobertura: 6,80° S a 5,60° S, 79,20° O a 78,00° O". */
export function useBasemapFacts() {
  const { t } = useTranslation();
  const format = useFormat();
  const lat = (value: number) =>
    t(value < 0 ? 'basemaps.hemisphere.south' : 'basemaps.hemisphere.north', {
      value: format.decimal(Math.abs(value), DIGITS),
    });
  const lon = (value: number) =>
    t(value < 0 ? 'basemaps.hemisphere.west' : 'basemaps.hemisphere.east', {
      value: format.decimal(Math.abs(value), DIGITS),
    });
  return {
    zooms: (facts: Pick<BasemapFacts, 'minZoom' | 'maxZoom'>) =>
      t('basemaps.row.zooms', { min: facts.minZoom, max: facts.maxZoom }),
    coverage: ([west, south, east, north]: LonLatBounds) =>
      t('basemaps.row.coverage', { south: lat(south), north: lat(north), west: lon(west), east: lon(east) }),
    kind: (facts: Pick<BasemapFacts, 'kind'>) => t(`basemaps.kind.${facts.kind}`),
  };
}
