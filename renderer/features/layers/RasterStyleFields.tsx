import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { colourRamps } from '../../../shared/domain/layer.js';
import type { ColourRamp, RasterInfo } from '../../../shared/domain/layer.js';
import type { LayerMetaValues } from './LayerMetaFields.js';
import { RampBar } from './RampBar.js';

interface RasterStyleFieldsProps {
  readonly values: Pick<LayerMetaValues, 'unit' | 'ramp'>;
  readonly onChange: (change: Partial<Pick<LayerMetaValues, 'unit' | 'ramp'>>) => void;
  readonly raster: RasterInfo;
  readonly testIdPrefix: string;
  readonly disabled?: boolean;
}

/** A raster's unit and colour ramp, with the legend as it will look. */
export function RasterStyleFields({
  values,
  onChange,
  raster,
  testIdPrefix,
  disabled = false,
}: RasterStyleFieldsProps) {
  const { t } = useTranslation();
  const unitId = useId();
  const rampId = useId();
  return (
    <div className="raster-style-fields">
      <div className="field-row">
        <div className="field">
          <label htmlFor={unitId}>{t('layers.form.unit')}</label>
          <input
            id={unitId}
            type="text"
            maxLength={40}
            value={values.unit}
            disabled={disabled}
            aria-describedby={`${unitId}-hint`}
            data-testid={`${testIdPrefix}-unit`}
            onChange={(event) => onChange({ unit: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={rampId}>{t('layers.form.ramp')}</label>
          <select
            id={rampId}
            value={values.ramp}
            disabled={disabled}
            data-testid={`${testIdPrefix}-ramp`}
            onChange={(event) => onChange({ ramp: event.target.value as ColourRamp })}
          >
            {colourRamps.map((ramp) => (
              <option key={ramp} value={ramp}>
                {t(`layers.ramps.${ramp}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${unitId}-hint`} className="field-hint">
        {t('layers.form.unitHint')}
      </p>
      <figure className="ramp-preview">
        <figcaption>{t('layers.form.rampPreview')}</figcaption>
        <RampBar
          ramp={values.ramp}
          min={raster.min}
          max={raster.max}
          unit={values.unit.trim()}
          testId={`${testIdPrefix}-ramp-preview`}
        />
      </figure>
    </div>
  );
}
