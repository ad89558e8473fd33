import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { formatLayerValue } from './format-layer-value.js';
import { useRasterValues } from './use-raster-values.js';
import type { PointerLonLat } from './use-raster-values.js';

/** "Altitud SRTM: 1,734 m" for each shown raster, under the coordinates. */
export function RasterValuesReadout({ pointer, layersKey }: { pointer: PointerLonLat | null; layersKey: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = useRasterValues(pointer, layersKey);
  if (!pointer || !values || values.length === 0) return null;
  return (
    <ul className="raster-values" aria-label={t('layers.readout.label')} data-testid="map-raster-values">
      {values.map((entry) => (
        <li
          key={entry.layerId}
          data-testid="map-raster-value"
          data-layer-id={entry.layerId}
          data-value={entry.value ?? ''}
        >
          {entry.value === null
            ? t('layers.readout.noValue', { name: entry.name })
            : t('layers.readout.value', {
                name: entry.name,
                value: formatLayerValue(entry.value, format.locale),
                unit: entry.unit,
              }).trim()}
        </li>
      ))}
    </ul>
  );
}
