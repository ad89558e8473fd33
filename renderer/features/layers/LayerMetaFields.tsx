import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { layerHazardTypes, scenarioIds } from '../../../shared/domain/hazard.js';
import type { LayerHazardType, ScenarioId } from '../../../shared/domain/hazard.js';
import type { ColourRamp, Layer } from '../../../shared/domain/layer.js';

/** What the user says about a layer, in the add dialog and the details form alike. */
export interface LayerMetaValues {
  readonly name: string;
  readonly hazard: LayerHazardType;
  readonly source: string;
  readonly date: string;
  readonly licence: string;
  readonly scenarioId: ScenarioId | null;
  readonly unit: string;
  readonly ramp: ColourRamp;
}

export const metaValuesOf = (layer: Layer): LayerMetaValues => ({
  name: layer.name,
  hazard: layer.hazard,
  source: layer.source,
  date: layer.date,
  licence: layer.licence,
  scenarioId: layer.scenarioId,
  unit: layer.unit,
  ramp: layer.ramp,
});

function LabelledControl(props: {
  label: string;
  hint?: string;
  className?: string;
  children: (id: string, hintId: string | undefined) => ReactNode;
}) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id, hintId)}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

interface LayerMetaFieldsProps {
  readonly values: LayerMetaValues;
  readonly onChange: (change: Partial<LayerMetaValues>) => void;
  /** Prefix of the controls' test ids (`layer-add`, `layer-edit`). */
  readonly testIdPrefix: string;
  readonly disabled?: boolean;
}

/** What the layer is: its name, what it depicts and for which scenario. */
export function LayerIdentityFields({ values, onChange, testIdPrefix, disabled = false }: LayerMetaFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="layer-meta-fields">
      <LabelledControl label={t('layers.form.name')}>
        {(id) => (
          <input
            id={id}
            type="text"
            required
            maxLength={200}
            value={values.name}
            disabled={disabled}
            data-testid={`${testIdPrefix}-name`}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </LabelledControl>
      <div className="field-row">
        <LabelledControl label={t('layers.form.hazard')}>
          {(id) => (
            <select
              id={id}
              value={values.hazard}
              disabled={disabled}
              data-testid={`${testIdPrefix}-hazard`}
              onChange={(event) => onChange({ hazard: event.target.value as LayerHazardType })}
            >
              {layerHazardTypes.map((hazard) => (
                <option key={hazard} value={hazard}>
                  {t(`layers.hazardTypes.${hazard}`)}
                </option>
              ))}
            </select>
          )}
        </LabelledControl>
        <LabelledControl label={t('layers.form.scenario')}>
          {(id) => (
            <select
              id={id}
              value={values.scenarioId ?? ''}
              disabled={disabled}
              data-testid={`${testIdPrefix}-scenario`}
              onChange={(event) =>
                onChange({ scenarioId: event.target.value === '' ? null : (event.target.value as ScenarioId) })
              }
            >
              <option value="">{t('layers.form.scenarioPresent')}</option>
              {scenarioIds.map((scenario) => (
                <option key={scenario} value={scenario}>
                  {t(`risk.scenarios.${scenario}`)}
                </option>
              ))}
            </select>
          )}
        </LabelledControl>
      </div>
    </div>
  );
}

/** Where the data comes from: publisher, date and licence (shown with the layer, and in reports). */
export function LayerSourceFields({ values, onChange, testIdPrefix, disabled = false }: LayerMetaFieldsProps) {
  const { t } = useTranslation();
  const text = (key: 'source' | 'date' | 'licence', hint?: string) => (
    <LabelledControl label={t(`layers.form.${key}`)} hint={hint}>
      {(id, hintId) => (
        <input
          id={id}
          type="text"
          maxLength={key === 'date' ? 40 : key === 'licence' ? 200 : 500}
          value={values[key]}
          disabled={disabled}
          aria-describedby={hintId}
          data-testid={`${testIdPrefix}-${key}`}
          onChange={(event) => onChange({ [key]: event.target.value })}
        />
      )}
    </LabelledControl>
  );
  return (
    <div className="layer-meta-fields">
      {text('source', t('layers.form.sourceHint'))}
      <div className="field-row">
        {text('date', t('layers.form.dateHint'))}
        {text('licence')}
      </div>
    </div>
  );
}
