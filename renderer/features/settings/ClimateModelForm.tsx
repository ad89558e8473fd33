import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { climateModelParamsSchema, defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { useProvenance } from '../risk/use-provenance.js';
import { ClimateScenariosFieldset } from './ClimateScenariosFieldset.js';
import { ClimateStationsFieldset } from './ClimateStationsFieldset.js';
import type { StationRow } from './ClimateStationsFieldset.js';
import { ClimateThresholdsFieldset } from './ClimateThresholdsFieldset.js';
import { fieldName, readClimateForm } from './climate-form.js';
import { useIssueLabel } from './use-issue-label.js';

export type ClimateNotice = 'saved' | 'restored' | null;

interface ClimateModelFormProps {
  saved: ClimateModelParams;
  /** Held by the parent: a save re-keys this form, and the message must outlive it. */
  notice: ClimateNotice;
  onNotice: (notice: ClimateNotice) => void;
}

/**
 * The climate model's fields. Inputs are uncontrolled (read with FormData on
 * submit) and checked with the same schema the core applies before saving.
 */
export function ClimateModelForm({ saved, notice, onNotice }: ClimateModelFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const provenance = useProvenance();
  const issueLabel = useIssueLabel();
  const { api, invalidate } = useApiContext();
  const [stations, setStations] = useState<StationRow[]>(() => saved.stations.map((s) => ({ id: s.id, initial: s })));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issues, setIssues] = useState<string[]>([]);

  async function persist(params: ClimateModelParams, done: ClimateNotice): Promise<void> {
    setSaving(true);
    setError(null);
    try {
      await api.settings.update({ climateModel: params });
      onNotice(done);
      invalidate();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    onNotice(null);
    const candidate = readClimateForm(
      new FormData(event.currentTarget),
      saved,
      stations.map((row) => row.id),
    );
    const parsed = climateModelParamsSchema.safeParse(candidate);
    if (!parsed.success) {
      setIssues(parsed.error.issues.map(issueLabel));
      return;
    }
    setIssues([]);
    await persist(parsed.data, 'saved');
  }

  return (
    <form className="climate-form" onSubmit={(event) => void submit(event)} onChange={() => onNotice(null)}>
      <div className="field field-narrow">
        <label htmlFor="climate-lapse-rate">{t('climateSettings.lapseRate.label')}</label>
        <p className="field-hint" id="climate-lapse-rate-hint">
          {t('climateSettings.lapseRate.hint')}{' '}
          {t('climateSettings.defaultValue', { value: format.number(defaultClimateModelParams.lapseRateCPerKm) })} —{' '}
          {provenance.sources('lapseRateCPerKm')}
        </p>
        <input
          id="climate-lapse-rate"
          name={fieldName.lapseRate}
          type="number"
          step="any"
          required
          defaultValue={saved.lapseRateCPerKm}
          aria-describedby="climate-lapse-rate-hint"
          data-testid="climate-lapse-rate"
        />
        <p className="field-hint">{provenance.note('lapseRateCPerKm')}</p>
      </div>
      <ClimateScenariosFieldset saved={saved} />
      <ClimateStationsFieldset rows={stations} onChange={setStations} />
      <ClimateThresholdsFieldset saved={saved} />

      {issues.length > 0 && (
        <div className="notice notice-error" role="alert" data-testid="climate-form-issues">
          <p className="notice-summary">{t('climateSettings.invalid')}</p>
          <ul className="notice-issues">
            {issues.map((issue, index) => (
              <li key={index}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="climate-form-actions">
        <button
          type="button"
          className="button"
          data-testid="climate-restore"
          disabled={saving}
          onClick={() => void persist(defaultClimateModelParams, 'restored')}
        >
          {t('climateSettings.restore')}
        </button>
        <button type="submit" className="button button-primary" data-testid="climate-save" disabled={saving}>
          {t('climateSettings.save')}
        </button>
        <span role="status" className="field-status" data-testid="climate-status">
          {notice === null ? '' : t(`climateSettings.${notice}`)}
        </span>
      </div>
    </form>
  );
}
