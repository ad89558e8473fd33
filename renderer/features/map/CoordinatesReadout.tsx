import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';

export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** Five decimals ≈ 1 m on the ground: enough to read a plot corner off the map. */
const DECIMALS = 5;

export function CoordinatesReadout({ pointer }: { pointer: LngLat | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <output className="map-coordinates" data-testid="map-coordinates" aria-live="off">
      {pointer ? (
        <>
          {t('map.latitude')} {format.decimal(pointer.lat, DECIMALS)} · {t('map.longitude')}{' '}
          {format.decimal(pointer.lng, DECIMALS)}
        </>
      ) : (
        t('map.pointerHint')
      )}
    </output>
  );
}
