import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassMap, Layer, LayerPatch } from '../../../shared/domain/layer.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { ClassMapTable } from './ClassMapTable.js';
import { LayerIdentityFields, LayerSourceFields, metaValuesOf } from './LayerMetaFields.js';
import type { LayerMetaValues } from './LayerMetaFields.js';
import { RasterStyleFields } from './RasterStyleFields.js';
import { useClassValues } from './use-class-values.js';

interface LayerDetailsFormProps {
  readonly layer: Layer;
  readonly onSave: (patch: LayerPatch) => Promise<Layer>;
  readonly onRemove: () => Promise<void>;
  readonly onClose: () => void;
}

const sameMap = (a: ClassMap, b: ClassMap): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, level]) => b[key] === level);

type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: unknown };

/**
 * A layer's details: its metadata, a raster's unit and ramp or a vector's
 * class → level mapping, and removal behind a confirmation. Only a changed
 * class map is sent, since it makes the layer's analysis results stale.
 */
export function LayerDetailsForm({ layer, onSave, onRemove, onClose }: LayerDetailsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LayerMetaValues>(() => metaValuesOf(layer));
  const [classMap, setClassMap] = useState<ClassMap>(layer.classMap);
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const classValues = useClassValues(layer.id, layer.kind === 'vector');
  const mapChanged = !sameMap(classMap, layer.classMap);
  const change = (next: Partial<LayerMetaValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setSave({ phase: 'idle' });
  };

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (values.name.trim() === '') return;
    const patch: LayerPatch = { ...values, name: values.name.trim(), unit: values.unit.trim() };
    if (layer.kind === 'vector' && mapChanged) patch.classMap = classMap;
    setSave({ phase: 'saving' });
    try {
      await onSave(patch);
      setSave({ phase: 'saved' });
    } catch (error) {
      setSave({ phase: 'failed', error });
    }
  }

  return (
    <form
      className="layer-details"
      onSubmit={(event) => void submit(event)}
      data-testid="layer-details"
      aria-label={t('layers.row.details', { name: layer.name })}
      noValidate
    >
      <p className="muted layer-details-file">{t('layers.form.fileFacts', { fileName: layer.fileName })}</p>
      <LayerIdentityFields values={values} onChange={change} testIdPrefix="layer-edit" />
      {layer.kind === 'raster' && layer.raster && (
        <RasterStyleFields values={values} onChange={change} raster={layer.raster} testIdPrefix="layer-edit" />
      )}
      {layer.kind === 'vector' && (
        <fieldset className="layer-fieldset">
          <legend>
            {t('layers.form.classMapTitle')}
            {layer.classField ? ` («${layer.classField}»)` : ''}
          </legend>
          {classValues === null ? (
            <p className="muted">{t('layers.form.classMapLoading')}</p>
          ) : (
            <ClassMapTable
              values={classValues}
              classMap={classMap}
              onChange={(next) => {
                setClassMap(next);
                setSave({ phase: 'idle' });
              }}
              testIdPrefix="layer-edit"
            />
          )}
          {mapChanged && <p className="field-hint">{t('layers.form.classMapChanged')}</p>}
        </fieldset>
      )}
      <LayerSourceFields values={values} onChange={change} testIdPrefix="layer-edit" />
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={save.phase === 'saving' || values.name.trim() === ''}
          data-testid="layer-edit-save"
        >
          {save.phase === 'saving' ? t('layers.form.saving') : t('layers.form.save')}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('layers.form.close')}
        </button>
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => setConfirming(true)}
          data-testid="layer-remove"
        >
          {t('layers.form.remove')}
        </button>
      </div>
      {save.phase === 'saved' && (
        <p className="field-status" role="status" data-testid="layer-edit-saved">
          {t('layers.form.saved')}
        </p>
      )}
      {save.phase === 'failed' && <ErrorNotice error={save.error} />}
      {confirming && (
        <div className="inline-confirm-panel" role="alertdialog" aria-label={t('layers.form.remove')}>
          <p>{t('layers.form.removeConfirm', { name: layer.name })}</p>
          <button
            type="button"
            className="button button-danger button-small"
            data-testid="layer-remove-confirm"
            onClick={() => void onRemove().catch((error: unknown) => setRemoveError(error))}
          >
            {t('layers.form.removeYes')}
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {removeError !== null && <ErrorNotice error={removeError} />}
    </form>
  );
}
