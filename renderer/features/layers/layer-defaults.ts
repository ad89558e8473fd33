import type { LayerHazardType } from '../../../shared/domain/hazard.js';
import type { ColourRamp } from '../../../shared/domain/layer.js';

/**
 * The systems offered when a vector file does not say its own: Cajamarca
 * lies in UTM 17S and 18S (the line is −78°), in WGS 84 or in the older
 * PSAD56 of IGN and COFOPRI maps; plain degrees for anything else.
 */
export const layerCrsChoices = [32717, 32718, 24877, 24878, 4326] as const;
export type LayerCrsChoice = (typeof layerCrsChoices)[number];

/** File-name words Peruvian and global datasets use, first match wins (INGEMMET, SENAMHI, WorldClim, SRTM…). */
const nameHints: readonly [RegExp, LayerHazardType][] = [
  [/dem|srtm|alos|elev|altitud|altura|aster/i, 'elevation'],
  [/temp|tmean|tmax|tmin|bio_?1\b/i, 'temperature'],
  [/prec|lluv|rain|pp_|bio_?12\b/i, 'rainfall'],
  [/deficit|balance.?hidr|aridez/i, 'water_deficit'],
  [/humed|humid|hr_/i, 'humidity'],
  [/helad|frost/i, 'frost'],
  [/sequ|drought/i, 'drought'],
  [/inund|flood/i, 'flood'],
  [/eros/i, 'erosion'],
  [/desliz|landslide|mm_|movim|masa|huayco|susceptib/i, 'landslide'],
  [/roya|rust/i, 'rust'],
  [/aptitud|suitab/i, 'suitability'],
];

/** A first guess at what a file depicts, from its name; the user confirms it in the form. */
export function guessHazard(fileName: string, kind: 'vector' | 'raster'): LayerHazardType {
  for (const [pattern, hazard] of nameHints) if (pattern.test(fileName)) return hazard;
  return kind === 'vector' ? 'landslide' : 'other';
}

/** The unit a raster of this kind usually comes in (SRTM metres, SENAMHI/WorldClim °C and mm). */
export function defaultUnit(hazard: LayerHazardType): string {
  switch (hazard) {
    case 'elevation':
      return 'm';
    case 'temperature':
      return '°C';
    case 'rainfall':
    case 'water_deficit':
      return 'mm/año';
    case 'humidity':
      return '%';
    case 'landslide':
    case 'flood':
    case 'erosion':
    case 'drought':
    case 'frost':
    case 'rust':
    case 'suitability':
    case 'index':
    case 'other':
      return '';
    default: {
      const unexpected: never = hazard;
      throw new Error(`Unknown hazard type ${String(unexpected)}`);
    }
  }
}

/** The ramp that reads most naturally for a variable: green-to-cream relief, yellow-to-red heat… */
export function defaultRamp(hazard: LayerHazardType): ColourRamp {
  switch (hazard) {
    case 'elevation':
      return 'elevation';
    case 'temperature':
    case 'frost':
      return 'temperature';
    case 'rainfall':
    case 'humidity':
    case 'water_deficit':
      return 'rainfall';
    default:
      return 'viridis';
  }
}

/** The file name without its extension, as a starting name for the layer. */
export function nameFromFile(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
  return (base === '' ? fileName : base).slice(0, 200);
}
