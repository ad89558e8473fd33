import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plot } from '../../../shared/domain/plot.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { PlotRiskCard } from '../risk/PlotRiskCard.js';
import { EditPlotDataForm } from './EditPlotDataForm.js';
import { PlotDetails } from './PlotDetails.js';
import type { ProducerOption } from './use-producer-options.js';
import { usePlot } from './use-plot.js';

interface SelectedPlotPanelProps {
  readonly plotId: string;
  readonly producers: readonly ProducerOption[] | null;
  readonly onEditGeometry: (plot: Plot) => void;
  readonly onDelete: (plot: Plot) => void;
  readonly onFitPlot: (plot: Plot) => void;
  readonly onFitProducer: (producerId: string) => void;
  readonly onClose: () => void;
}

/** The selected plot: its data, findings and overlaps, and what can be done with it. */
export function SelectedPlotPanel(props: SelectedPlotPanelProps) {
  const { plotId, producers, onEditGeometry, onDelete, onFitPlot, onFitProducer, onClose } = props;
  const { t } = useTranslation();
  const state = usePlot(plotId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (state.status === 'loading') return <p className="muted">{t('plots.details.loading')}</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  const { plot } = state;
  const editableGeometry = plot.geometry.type !== 'MultiPolygon';

  if (editing) {
    return <EditPlotDataForm plot={plot} producers={producers} onDone={() => setEditing(false)} />;
  }
  return (
    <section className="map-panel-section" data-testid="plot-panel" aria-labelledby="plot-panel-title">
      <div className="map-panel-heading">
        <h2 id="plot-panel-title" data-testid="plot-panel-name">
          {plot.name}
        </h2>
        <button type="button" className="button button-small" data-testid="plot-panel-close" onClick={onClose}>
          {t('plots.panel.close')}
        </button>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          data-testid="fit-selection"
          onClick={() => onFitPlot(plot)}
        >
          {t('mapView.fitSelection')}
        </button>
        <button
          type="button"
          className="button button-small"
          data-testid="fit-producer"
          onClick={() => onFitProducer(plot.producerId)}
        >
          {t('mapView.fitProducer')}
        </button>
      </div>
      <PlotDetails plot={plot} />
      <div className="button-row plot-actions">
        <button type="button" className="button" data-testid="plot-edit-data" onClick={() => setEditing(true)}>
          {t('plots.actions.editData')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="plot-edit-geometry"
          disabled={!editableGeometry}
          title={editableGeometry ? undefined : t('plots.actions.multiPolygonNotEditable')}
          onClick={() => onEditGeometry(plot)}
        >
          {t('plots.actions.editGeometry')}
        </button>
        {!confirming && (
          <button
            type="button"
            className="button button-quiet"
            data-testid="plot-delete"
            onClick={() => setConfirming(true)}
          >
            {t('plots.actions.delete')}
          </button>
        )}
      </div>
      {confirming && (
        <div
          className="inline-confirm-panel"
          role="group"
          aria-label={t('plots.actions.confirmDelete', { name: plot.name })}
        >
          <p>{t('plots.actions.confirmDelete', { name: plot.name })}</p>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            data-testid="plot-delete-confirm"
            onClick={() => onDelete(plot)}
          >
            {t('plots.actions.confirmYes')}
          </button>
        </div>
      )}
      <details className="plot-risk-section" data-testid="plot-risk-section" open>
        <summary>{t('riskDashboard.panelTitle')}</summary>
        <PlotRiskCard plotId={plot.id} organisationId={plot.organisationId} />
      </details>
    </section>
  );
}
