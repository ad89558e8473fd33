import type { FormEvent, ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { altitudeSources, harvestBases, productionSystems } from '../../../shared/domain/plot.js';
import { coffeeVarieties } from '../../../shared/domain/varieties.js';
import { SelectField, TextField } from './PlotFormFields.js';
import type { PlotFormErrors, PlotFormValues } from './plot-form-values.js';
import { ProducerSelect } from './ProducerSelect.js';
import type { ProducerOption } from './use-producer-options.js';

interface PlotFormProps {
  readonly values: PlotFormValues;
  readonly errors: PlotFormErrors;
  readonly onChange: (patch: Partial<PlotFormValues>) => void;
  readonly producers: readonly ProducerOption[] | null;
  /** A point plot has no measured area: the declared one is required. */
  readonly isPoint: boolean;
  readonly onSubmit: () => void;
  /** Save button, cancel button, and what stops saving. */
  readonly actions: ReactNode;
}

/** The plot's data; the geometry comes from the map. Validated with the contract's schema on submit. */
export function PlotForm({ values, errors, onChange, producers, isPoint, onSubmit, actions }: PlotFormProps) {
  const { t } = useTranslation();
  const varietiesId = useId();
  const common = { values, errors, onChange };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form plot-form" data-testid="plot-form" onSubmit={submit} noValidate>
      <ProducerSelect value={values.producerId} producers={producers} error={errors.producerId} onChange={onChange} />
      <TextField field="name" label={t('plots.form.name')} required {...common} />
      <TextField
        field="declaredAreaHa"
        label={t('plots.form.declaredArea')}
        hint={isPoint ? t('plots.form.declaredAreaPointHint') : t('plots.form.declaredAreaHint')}
        required={isPoint}
        numeric
        {...common}
      />
      <div className="field-row">
        <TextField field="altitudeM" label={t('plots.form.altitude')} numeric {...common} />
        <SelectField field="altitudeSource" label={t('plots.form.altitudeSource')} {...common}>
          <option value="">{t('common.notSet')}</option>
          {altitudeSources.map((source) => (
            <option key={source} value={source}>
              {t(`plots.altitudeSources.${source}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        field="variety"
        label={t('plots.form.variety')}
        hint={t('plots.form.varietyHint')}
        list={varietiesId}
        {...common}
      />
      <datalist id={varietiesId}>
        {coffeeVarieties.map((variety) => (
          <option key={variety} value={variety} />
        ))}
      </datalist>
      <div className="field-row">
        <TextField field="plantingYear" label={t('plots.form.plantingYear')} numeric {...common} />
        <TextField field="plantsPerHa" label={t('plots.form.plantsPerHa')} numeric {...common} />
      </div>
      <div className="field-row">
        <TextField field="shadePct" label={t('plots.form.shadePct')} numeric {...common} />
        <SelectField field="productionSystem" label={t('plots.form.productionSystem')} {...common}>
          {productionSystems.map((system) => (
            <option key={system} value={system}>
              {t(`plots.systems.${system}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField field="lastHarvestQq" label={t('plots.form.lastHarvest')} numeric {...common} />
        <SelectField field="lastHarvestBasis" label={t('plots.form.lastHarvestBasis')} {...common}>
          {harvestBases.map((basis) => (
            <option key={basis} value={basis}>
              {t(`plots.harvestBasis.${basis}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="field-hint">{t('plots.form.quintalHint')}</p>
      <TextField field="notes" label={t('plots.form.notes')} {...common} />
      <div className="form-actions plot-form-actions">{actions}</div>
    </form>
  );
}
