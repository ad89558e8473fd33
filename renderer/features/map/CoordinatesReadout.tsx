import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lonLatToUtm } from '../../../shared/geo/utm.js';
import type { UtmZone } from '../../../shared/geo/utm.js';
import { useFormat } from '../../i18n/use-format.js';
import { RasterValuesReadout } from '../layers/RasterValuesReadout.js';

export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** Five decimals ≈ 1 m on the ground: enough to read a plot corner off the map. */
const DECIMALS = 5;

/**
 * Peru's northern coffee country straddles UTM zones 17S and 18S (the line is
 * −78°); field GPS units and IGN maps use one or the other, so the user picks
 * the zone rather than us switching it under the pointer.
 */
const modes = {
  latlon: null,
  utm17s: { zone: 17, hemisphere: 'S' },
  utm18s: { zone: 18, hemisphere: 'S' },
} as const satisfies Record<string, UtmZone | null>;
type CoordinateMode = keyof typeof modes;
const modeIds = Object.keys(modes) as CoordinateMode[];

const modeLabelKeys = {
  latlon: 'mapView.coordinates.latlon',
  utm17s: 'mapView.coordinates.utm17s',
  utm18s: 'mapView.coordinates.utm18s',
} as const satisfies Record<CoordinateMode, string>;

function PointerText({ pointer, mode }: { pointer: LngLat; mode: CoordinateMode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const zone = modes[mode];
  if (!zone) {
    return (
      <>
        {t('map.latitude')} {format.decimal(pointer.lat, DECIMALS)} · {t('map.longitude')}{' '}
        {format.decimal(pointer.lng, DECIMALS)}
      </>
    );
  }
  const utm = lonLatToUtm(pointer.lng, pointer.lat, zone);
  // Whole metres: a handheld GPS is good to a few metres at best.
  const metres = (value: number) => format.number(value, { maximumFractionDigits: 0 });
  return (
    <>
      {t('mapView.coordinates.easting')} {metres(utm.eastingM)} · {t('mapView.coordinates.northing')}{' '}
      {metres(utm.northingM)}
    </>
  );
}

/** `rasterValuesKey`: set while raster layers are shown, to add their values under the pointer. */
export function CoordinatesReadout({
  pointer,
  rasterValuesKey = null,
}: {
  pointer: LngLat | null;
  rasterValuesKey?: string | null;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CoordinateMode>('latlon');
  return (
    <div className="map-coordinates">
      <label className="visually-hidden" htmlFor="map-coordinates-mode">
        {t('mapView.coordinates.modeLabel')}
      </label>
      <select
        id="map-coordinates-mode"
        data-testid="map-coordinates-mode"
        value={mode}
        onChange={(event) => setMode(event.target.value as CoordinateMode)}
      >
        {modeIds.map((id) => (
          <option key={id} value={id}>
            {t(modeLabelKeys[id])}
          </option>
        ))}
      </select>
      <output data-testid="map-coordinates" aria-live="off">
        {pointer ? <PointerText pointer={pointer} mode={mode} /> : t('map.pointerHint')}
      </output>
      {rasterValuesKey !== null && <RasterValuesReadout pointer={pointer} layersKey={rasterValuesKey} />}
    </div>
  );
}
