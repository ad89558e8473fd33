import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotGeometry, PlotIssue } from '../../../../shared/domain/plot-geometry.js';
import type { Plot } from '../../../../shared/domain/plot.js';
import { useApi } from '../../../api/api-context.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import type { MapSession } from '../../map/map-session.js';
import { PlotForm } from '../PlotForm.js';
import { emptyPlotFormValues, numberOrNull, plotFieldsFromForm } from '../plot-form-values.js';
import type { PlotFormErrors, PlotFormValues } from '../plot-form-values.js';
import { PlotIssueList } from '../PlotIssueList.js';
import { useIssueMarkers } from '../use-issue-markers.js';
import type { ProducerOption } from '../use-producer-options.js';
import { LiveMeasures } from './LiveMeasures.js';
import { refusedPlotIssues } from './refused-issues.js';
import { useDrawTool } from '../../map/draw/use-draw-tool.js';
import type { DrawTool } from '../../map/draw/use-draw-tool.js';
import { useGeometryCheck } from './use-geometry-check.js';

interface NewPlotPanelProps {
  readonly session: MapSession;
  readonly tool: Extract<DrawTool, { kind: 'newPolygon' | 'newPoint' }>;
  readonly producers: readonly ProducerOption[] | null;
  /** Preselected producer: the one in the URL or of the selected plot. */
  readonly initialProducerId: string;
  readonly onSaved: (plot: Plot) => void;
  readonly onCancel: () => void;
}

/** A declared area the rules can use: positive and a number, else none. */
const declaredOrNull = (text: string): number | null => {
  const value = numberOrNull(text);
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
};

/**
 * Drawing a new plot: the live area and findings while the user clicks
 * vertices, then the plot's data and Save. Errors block saving, warnings do
 * not; a refusal from the core is shown the same way, with its crossing points.
 */
export function NewPlotPanel({ session, tool, producers, initialProducerId, onSaved, onCancel }: NewPlotPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const isPoint = tool.kind === 'newPoint';
  const shape = useDrawTool(session, tool);
  const geometry = shape.geometry?.type === 'LineString' ? null : (shape.geometry as PlotGeometry | null);
  const [values, setValues] = useState<PlotFormValues>(() => emptyPlotFormValues(initialProducerId));
  const [formErrors, setFormErrors] = useState<PlotFormErrors>({});
  const [refused, setRefused] = useState<{ geometry: PlotGeometry; issues: PlotIssue[] } | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const check = useGeometryCheck({
    geometry,
    producerId: values.producerId || null,
    declaredAreaHa: declaredOrNull(values.declaredAreaHa),
  });
  // The core's refusal stands until the geometry changes.
  const issues = refused && refused.geometry === geometry ? refused.issues : check.issues;
  useIssueMarkers(session, issues);

  const change = (patch: Partial<PlotFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setFormErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key as keyof PlotFormValues];
      return next;
    });
  };

  const save = async () => {
    if (!geometry) return;
    const parsed = plotFieldsFromForm(values, geometry);
    if (!parsed.ok) {
      setFormErrors(parsed.errors);
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      onSaved(await api.plots.create(parsed.fields));
    } catch (error) {
      const geometryIssues = refusedPlotIssues(error);
      if (geometryIssues) setRefused({ geometry, issues: geometryIssues });
      else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const blocked = !geometry || !shape.finished || check.blocking || (refused?.geometry === geometry && !!refused);
  return (
    <section className="map-panel-section" data-testid="draw-panel" aria-labelledby="draw-panel-title">
      <h2 id="draw-panel-title">{isPoint ? t('draw.titlePoint') : t('draw.titlePolygon')}</h2>
      <p className="draw-help" data-testid="draw-help">
        {shape.finished ? t('draw.helpAdjust') : isPoint ? t('draw.helpPoint') : t('draw.helpPolygon')}{' '}
        {t('draw.escape')}
      </p>
      <LiveMeasures areaHa={check.areaHa} perimeterM={check.perimeterM} isPoint={isPoint} pending={check.pending} />
      <PlotIssueList issues={issues} testId="draw-issues" />
      {shape.finished && (
        <PlotForm
          values={values}
          errors={formErrors}
          onChange={change}
          producers={producers}
          isPoint={isPoint}
          onSubmit={() => void save()}
          actions={
            <>
              <button type="button" className="button" data-testid="draw-cancel" onClick={onCancel}>
                {t('draw.cancel')}
              </button>
              <button
                type="submit"
                className="button button-primary"
                data-testid="plot-save"
                disabled={blocked || saving}
              >
                {saving ? t('plots.form.saving') : t('plots.form.save')}
              </button>
            </>
          }
        />
      )}
      {!shape.finished && (
        <div className="form-actions">
          <button type="button" className="button" data-testid="draw-cancel" onClick={onCancel}>
            {t('draw.cancel')}
          </button>
        </div>
      )}
      {blocked && shape.finished && check.blocking && <p className="field-error">{t('draw.fixErrors')}</p>}
      {saveError !== null && <ErrorNotice error={saveError} />}
    </section>
  );
}
