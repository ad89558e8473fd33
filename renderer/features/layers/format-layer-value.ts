import { formatNumber } from '../../i18n/format.js';

/**
 * A raster value with as many decimals as its size deserves: 2 431 m, 18.4 °C,
 * 0.27. Altitudes from a 30 m DEM are not known to the decimetre, and a
 * temperature grid's tenths are already at the edge of what it resolves.
 */
export function formatLayerValue(value: number, locale: string): string {
  const size = Math.abs(value);
  const decimals = size >= 100 ? 0 : size >= 10 ? 1 : 2;
  return formatNumber(value, locale, { maximumFractionDigits: decimals });
}
