import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerInspection } from '../../../shared/api/layers.js';
import type { ClassMap } from '../../../shared/domain/layer.js';
import { ClassMapTable } from './ClassMapTable.js';
import { defaultRamp, defaultUnit, guessHazard, layerCrsChoices, nameFromFile } from './layer-defaults.js';
import { LayerIdentityFields, LayerSourceFields } from './LayerMetaFields.js';
import type { LayerMetaValues } from './LayerMetaFields.js';
import { RasterStyleFields } from './RasterStyleFields.js';
import type { AddLayerInput, LayerSource } from './use-add-layer.js';

interface AddLayerFormProps {
  readonly inspection: LayerInspection;
  readonly source: LayerSource;
  readonly busy: boolean;
  readonly onSubmit: (input: AddLayerInput) => void;
  /** The submit row: the add button, or the progress bar while adding. */
  readonly actions: (canSubmit: boolean) => ReactNode;
}

function initialValues(inspection: LayerInspection): LayerMetaValues {
  const hazard = guessHazard(inspection.fileName, inspection.kind);
  return {
    name: nameFromFile(inspection.fileName),
    hazard,
    source: '',
    date: '',
    licence: '',
    scenarioId: null,
    unit: inspection.kind === 'raster' ? defaultUnit(hazard) : '',
    ramp: defaultRamp(hazard),
  };
}

/**
 * What the inspected file becomes: a vector's class field and the level of
 * each class (Cafetal's suggestion pre-filled), or a raster's unit and ramp;
 * the coordinate system when the file does not say; and the metadata.
 */
export function AddLayerForm({ inspection, source, busy, onSubmit, actions }: AddLayerFormProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const crsId = useId();
  const [values, setValues] = useState(() => initialValues(inspection));
  // The unit and ramp follow the hazard type until the user sets them.
  const [styleTouched, setStyleTouched] = useState(false);
  const [classField, setClassField] = useState<string | null>(
    inspection.suggestedClassField ?? inspection.columns[0] ?? null,
  );
  const [classMap, setClassMap] = useState<ClassMap>(() =>
    classField === null ? {} : (inspection.suggestedMaps[classField] ?? {}),
  );
  const [crsCode, setCrsCode] = useState<number | null>(inspection.crs.needsChoice ? layerCrsChoices[0] : null);
  const vector = inspection.kind === 'vector';

  const change = (next: Partial<LayerMetaValues>) => {
    setValues((current) => {
      const merged = { ...current, ...next };
      if (next.hazard && !styleTouched && !vector) {
        return { ...merged, unit: defaultUnit(next.hazard), ramp: defaultRamp(next.hazard) };
      }
      return merged;
    });
  };
  const canSubmit = values.name.trim() !== '' && (!vector || classField !== null || inspection.columns.length === 0);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!canSubmit || busy) return;
    onSubmit({
      source,
      meta: { ...values, name: values.name.trim(), unit: values.unit.trim() },
      classField: vector ? classField : null,
      classMap: vector ? classMap : {},
      crsCode: vector ? crsCode : null,
    });
  }

  return (
    <form className="add-layer-form" onSubmit={submit} data-testid="layer-add-form" noValidate>
      <LayerIdentityFields values={values} onChange={change} testIdPrefix="layer-add" disabled={busy} />
      {vector && inspection.crs.needsChoice && (
        <fieldset className="layer-fieldset">
          <legend>{t('layers.add.crsTitle')}</legend>
          <p className="notice" data-testid="layer-add-crs-needs-choice">
            {t('layers.add.crsNeedsChoice')}
          </p>
          <div className="field">
            <label htmlFor={crsId}>{t('layers.add.crsChoose')}</label>
            <select
              id={crsId}
              value={String(crsCode)}
              disabled={busy}
              data-testid="layer-add-crs"
              onChange={(event) => setCrsCode(Number(event.target.value))}
            >
              {layerCrsChoices.map((code) => (
                <option key={code} value={code}>
                  {t(`layers.add.crsOptions.${code}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}
      {!inspection.crs.needsChoice && inspection.crs.name && (
        <p className="muted" data-testid="layer-add-crs-detected">
          {t('layers.add.crsDetected', { name: inspection.crs.name })}
        </p>
      )}
      {vector && inspection.columns.length > 0 && (
        <fieldset className="layer-fieldset">
          <legend>{t('layers.form.classMapTitle')}</legend>
          <div className="field field-narrow">
            <label htmlFor={fieldId}>{t('layers.form.classField')}</label>
            <select
              id={fieldId}
              value={classField ?? ''}
              disabled={busy}
              data-testid="layer-add-class-field"
              onChange={(event) => {
                setClassField(event.target.value);
                setClassMap(inspection.suggestedMaps[event.target.value] ?? {});
              }}
            >
              {inspection.columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </div>
          <p className="field-hint">{t('layers.form.classMapHint')}</p>
          {classField !== null && (
            <ClassMapTable
              values={inspection.values[classField] ?? []}
              classMap={classMap}
              onChange={setClassMap}
              testIdPrefix="layer-add"
              disabled={busy}
            />
          )}
        </fieldset>
      )}
      {!vector && inspection.raster && (
        <RasterStyleFields
          values={values}
          onChange={(next) => {
            setStyleTouched(true);
            change(next);
          }}
          raster={inspection.raster}
          testIdPrefix="layer-add"
          disabled={busy}
        />
      )}
      <LayerSourceFields values={values} onChange={change} testIdPrefix="layer-add" disabled={busy} />
      {actions(canSubmit)}
    </form>
  );
}
