import { useTranslation } from 'react-i18next';
import type { ColourRamp } from '../../../shared/domain/layer.js';
import { rampCssGradient } from '../../../shared/geo/colour-ramps.js';
import { useFormat } from '../../i18n/use-format.js';
import { formatLayerValue } from './format-layer-value.js';

/** A raster's legend: the ramp as a gradient, its lowest value under the left end and its highest under the right. */
export function RampBar(props: { ramp: ColourRamp; min: number; max: number; unit: string; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (v: number) => `${formatLayerValue(v, format.locale)}${props.unit === '' ? '' : ` ${props.unit}`}`;
  return (
    <div className="ramp-bar" data-testid={props.testId}>
      <span className="ramp-bar-gradient" style={{ background: rampCssGradient(props.ramp) }} aria-hidden="true" />
      <span className="ramp-bar-labels">
        <span>
          <span className="visually-hidden">{t('layers.legend.min')} </span>
          {value(props.min)}
        </span>
        <span>
          <span className="visually-hidden">{t('layers.legend.max')} </span>
          {value(props.max)}
        </span>
      </span>
    </div>
  );
}
