import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureUnit } from '../../../shared/domain/measure.js';
import { actionStatuses, fundingSources } from '../../../shared/domain/plan.js';
import type { ActionStatus, FundingSource } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { useFormat } from '../../i18n/use-format.js';
import { Field } from '../organisations/form/Field.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import type { ActionFormValues } from './action-form-values.js';
import { usePlanLabels } from './use-plan-labels.js';

interface ActionFieldsProps {
  readonly values: ActionFormValues;
  readonly problems: FieldProblems;
  readonly onChange: <K extends keyof ActionFormValues>(field: K, value: ActionFormValues[K]) => void;
  readonly unit: MeasureUnit;
  readonly plots: readonly PlotSummary[];
  readonly years: readonly number[];
  /** An approved plan: plots, quantity, schedule and funding change only in a new version. */
  readonly structureLocked: boolean;
  readonly showStatus: boolean;
}

/** Every field of a plan action: where, how much, when, who pays, who is responsible, how it is measured, why. */
export function ActionFields(props: ActionFieldsProps) {
  const { values, problems, onChange, unit, plots, years, structureLocked, showStatus } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const labels = usePlanLabels();
  const plotsLegendId = useId();
  // An action dated outside the period (the period was shortened) keeps its year selectable.
  const yearOptions = years.includes(Number(values.year)) ? years : [...years, Number(values.year)];

  function togglePlot(plotId: string, on: boolean): void {
    onChange('plotIds', on ? [...values.plotIds, plotId] : values.plotIds.filter((id) => id !== plotId));
  }

  return (
    <>
      <fieldset className="action-plots" aria-labelledby={plotsLegendId} disabled={structureLocked}>
        <legend id={plotsLegendId}>{t('farmPlans.actionForm.plots')}</legend>
        {plots.length === 0 ? (
          <p className="muted">{t('farmPlans.actionForm.noPlots')}</p>
        ) : (
          plots.map((plot) => (
            <label key={plot.id} className="checkbox-label">
              <input
                type="checkbox"
                data-testid="action-plot"
                data-plot-id={plot.id}
                checked={values.plotIds.includes(plot.id)}
                onChange={(event) => togglePlot(plot.id, event.target.checked)}
              />
              {plot.name} <span className="muted">({format.ha(plot.areaHa)})</span>
            </label>
          ))
        )}
      </fieldset>
      <div className="field-row-3">
        <Field
          label={t('farmPlans.actionForm.quantity', { unit: labels.unit(unit) })}
          testId="action-quantity"
          problem={problems.quantity}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              disabled={structureLocked}
              value={values.quantity}
              onChange={(event) => onChange('quantity', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('farmPlans.actionForm.year')} testId="action-year" problem={problems.year}>
          {(control) => (
            <select
              {...control}
              disabled={structureLocked}
              value={values.year}
              onChange={(event) => onChange('year', event.target.value)}
            >
              {yearOptions.map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('farmPlans.actionForm.quarter')} testId="action-quarter" problem={problems.quarter}>
          {(control) => (
            <select
              {...control}
              disabled={structureLocked}
              value={values.quarter}
              onChange={(event) => onChange('quarter', event.target.value)}
            >
              {[1, 2, 3, 4].map((quarter) => (
                <option key={quarter} value={String(quarter)}>
                  {labels.quarterLong(quarter)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row-3">
        <Field label={t('farmPlans.actionForm.funding')} testId="action-funding" problem={problems.fundingSource}>
          {(control) => (
            <select
              {...control}
              disabled={structureLocked}
              value={values.fundingSource}
              onChange={(event) => onChange('fundingSource', event.target.value as FundingSource)}
            >
              {fundingSources.map((source) => (
                <option key={source} value={source}>
                  {labels.funding(source)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('farmPlans.actionForm.responsible')} testId="action-responsible" problem={problems.responsible}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.responsible}
              onChange={(event) => onChange('responsible', event.target.value)}
            />
          )}
        </Field>
        {showStatus && (
          <Field label={t('farmPlans.actionForm.status')} testId="action-status" problem={problems.status}>
            {(control) => (
              <select
                {...control}
                value={values.status}
                onChange={(event) => onChange('status', event.target.value as ActionStatus)}
              >
                {actionStatuses.map((status) => (
                  <option key={status} value={status}>
                    {labels.status(status)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="field-row">
        <Field
          label={t('farmPlans.actionForm.indicator')}
          testId="action-indicator"
          problem={problems.indicator}
          hint={t('farmPlans.actionForm.indicatorHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.indicator}
              onChange={(event) => onChange('indicator', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('farmPlans.actionForm.target')}
          testId="action-target"
          problem={problems.target}
          hint={t('farmPlans.actionForm.targetHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.target}
              onChange={(event) => onChange('target', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('farmPlans.actionForm.rationale')} testId="action-rationale" problem={problems.rationale}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.rationale}
            onChange={(event) => onChange('rationale', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
