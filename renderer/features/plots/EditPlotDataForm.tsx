import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotIssue } from '../../../shared/domain/plot-geometry.js';
import type { Plot } from '../../../shared/domain/plot.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { refusedPlotIssues } from './draw/refused-issues.js';
import { PlotForm } from './PlotForm.js';
import { formValuesFromPlot, plotFieldsFromForm } from './plot-form-values.js';
import type { PlotFormErrors, PlotFormValues } from './plot-form-values.js';
import { PlotIssueList } from './PlotIssueList.js';
import type { ProducerOption } from './use-producer-options.js';

interface EditPlotDataFormProps {
  readonly plot: Plot;
  readonly producers: readonly ProducerOption[] | null;
  readonly onDone: () => void;
}

/** Changing a plot's data (not its geometry): the same form and schema as for a new plot. */
export function EditPlotDataForm({ plot, producers, onDone }: EditPlotDataFormProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const [values, setValues] = useState<PlotFormValues>(() => formValuesFromPlot(plot));
  const [errors, setErrors] = useState<PlotFormErrors>({});
  const [refused, setRefused] = useState<PlotIssue[] | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const parsed = plotFieldsFromForm(values, plot.geometry);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    // The geometry stays as it is: only the data is sent.
    const { geometry: _geometry, ...patch } = parsed.fields;
    setSaving(true);
    setSaveError(null);
    setRefused(null);
    try {
      await api.plots.update({ id: plot.id, patch });
      invalidate();
      onDone();
    } catch (error) {
      const issues = refusedPlotIssues(error);
      if (issues) setRefused(issues);
      else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="map-panel-section" data-testid="plot-edit-panel" aria-labelledby="plot-edit-title">
      <h2 id="plot-edit-title">{t('plots.form.titleEdit', { name: plot.name })}</h2>
      <PlotForm
        values={values}
        errors={errors}
        onChange={(patch) => {
          setValues((current) => ({ ...current, ...patch }));
          setErrors({});
        }}
        producers={producers}
        isPoint={plot.geometry.type === 'Point'}
        onSubmit={() => void save()}
        actions={
          <>
            <button type="button" className="button" data-testid="plot-edit-cancel" onClick={onDone}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary" data-testid="plot-save" disabled={saving}>
              {saving ? t('plots.form.saving') : t('plots.form.saveChanges')}
            </button>
          </>
        }
      />
      {refused && <PlotIssueList issues={refused} testId="plot-edit-issues" />}
      {saveError !== null && <ErrorNotice error={saveError} />}
    </section>
  );
}
