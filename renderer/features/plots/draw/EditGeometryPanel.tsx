import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotGeometry, PlotIssue } from '../../../../shared/domain/plot-geometry.js';
import type { Plot } from '../../../../shared/domain/plot.js';
import { useApi } from '../../../api/api-context.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import type { MapSession } from '../../map/map-session.js';
import { PlotIssueList } from '../PlotIssueList.js';
import { useIssueMarkers } from '../use-issue-markers.js';
import { LiveMeasures } from './LiveMeasures.js';
import { refusedPlotIssues } from './refused-issues.js';
import { useDrawTool } from '../../map/draw/use-draw-tool.js';
import type { DrawTool } from '../../map/draw/use-draw-tool.js';
import { useGeometryCheck } from './use-geometry-check.js';

interface EditGeometryPanelProps {
  readonly session: MapSession;
  readonly tool: Extract<DrawTool, { kind: 'editGeometry' }>;
  readonly plot: Plot;
  readonly onSaved: (plot: Plot) => void;
  readonly onCancel: () => void;
}

/** Moving a plot's vertices (or the whole plot) with the live area and findings; Save replaces the geometry. */
export function EditGeometryPanel({ session, tool, plot, onSaved, onCancel }: EditGeometryPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const shape = useDrawTool(session, tool);
  const geometry = shape.geometry?.type === 'LineString' ? null : (shape.geometry as PlotGeometry | null);
  const [refused, setRefused] = useState<{ geometry: PlotGeometry; issues: PlotIssue[] } | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const check = useGeometryCheck({
    geometry,
    producerId: plot.producerId,
    declaredAreaHa: plot.declaredAreaHa,
    plotId: plot.id,
  });
  const issues = refused && refused.geometry === geometry ? refused.issues : check.issues;
  useIssueMarkers(session, issues);
  const isPoint = tool.geometry.type === 'Point';
  const noGeometry = geometry === null;

  const save = async () => {
    if (!geometry) return;
    setSaving(true);
    setSaveError(null);
    try {
      onSaved(await api.plots.update({ id: plot.id, patch: { geometry } }));
    } catch (error) {
      const geometryIssues = refusedPlotIssues(error);
      if (geometryIssues) setRefused({ geometry, issues: geometryIssues });
      else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="map-panel-section" data-testid="edit-geometry-panel" aria-labelledby="edit-geometry-title">
      <h2 id="edit-geometry-title">{t('draw.titleEdit', { name: plot.name })}</h2>
      {shape.refused ? (
        <p className="notice" data-testid="edit-geometry-refused">
          {t('draw.cannotEdit')}
        </p>
      ) : (
        <p className="draw-help">
          {isPoint ? t('draw.helpEditPoint') : t('draw.helpEdit')} {t('draw.escape')}
        </p>
      )}
      <LiveMeasures areaHa={check.areaHa} perimeterM={check.perimeterM} isPoint={isPoint} pending={check.pending} />
      <PlotIssueList issues={issues} testId="draw-issues" />
      <div className="form-actions plot-form-actions">
        <button type="button" className="button" data-testid="draw-cancel" onClick={onCancel}>
          {t('draw.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="geometry-save"
          disabled={noGeometry || shape.refused || check.blocking || saving || refused?.geometry === geometry}
          onClick={() => void save()}
        >
          {saving ? t('plots.form.saving') : t('draw.saveGeometry')}
        </button>
      </div>
      {check.blocking && !shape.refused && <p className="field-error">{t('draw.fixErrors')}</p>}
      {saveError !== null && <ErrorNotice error={saveError} />}
    </section>
  );
}
