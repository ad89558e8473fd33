import { useTranslation } from 'react-i18next';
import type { Plot } from '../../../shared/domain/plot.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import type { DrawTool } from '../map/draw/use-draw-tool.js';
import type { MapSession } from '../map/map-session.js';
import { MeasurePanel } from '../map/measure/MeasurePanel.js';
import { EditGeometryPanel } from './draw/EditGeometryPanel.js';
import { NewPlotPanel } from './draw/NewPlotPanel.js';
import { PlotSearch } from './PlotSearch.js';
import { SelectedPlotPanel } from './SelectedPlotPanel.js';
import type { PlotFeaturesState } from './use-plot-features.js';
import type { ProducerOption } from './use-producer-options.js';

interface MapSidePanelProps {
  readonly session: MapSession | null;
  readonly features: PlotFeaturesState;
  readonly producers: readonly ProducerOption[] | null;
  readonly tool: DrawTool | null;
  readonly editedPlot: Plot | null;
  readonly selectedId: string | null;
  readonly initialProducerId: string;
  readonly onSelect: (plotId: string) => void;
  readonly onDeselect: () => void;
  readonly onEditGeometry: (plot: Plot) => void;
  readonly onDelete: (plot: Plot) => void;
  readonly onFitPlot: (plot: Plot) => void;
  readonly onFitProducer: (producerId: string) => void;
  readonly onEndTool: () => void;
  readonly onSaved: (plot: Plot, message: string) => void;
}

/** What the side panel shows: the running tool, else the selected plot, else an overview. */
export function MapSidePanel(props: MapSidePanelProps) {
  const { session, features, producers, tool, editedPlot, selectedId, onEndTool, onSaved } = props;
  const { t } = useTranslation();
  const format = useFormat();

  if (session && tool) {
    switch (tool.kind) {
      case 'newPolygon':
      case 'newPoint':
        return (
          <NewPlotPanel
            key={tool.kind}
            session={session}
            tool={tool}
            producers={producers}
            initialProducerId={props.initialProducerId}
            onSaved={(plot) => onSaved(plot, t('plots.toast.saved', { name: plot.name }))}
            onCancel={onEndTool}
          />
        );
      case 'editGeometry':
        return editedPlot ? (
          <EditGeometryPanel
            session={session}
            tool={tool}
            plot={editedPlot}
            onSaved={(plot) => onSaved(plot, t('plots.toast.geometrySaved', { name: plot.name }))}
            onCancel={onEndTool}
          />
        ) : null;
      case 'measureDistance':
      case 'measureArea':
        return <MeasurePanel key={tool.kind} session={session} tool={tool} onClose={onEndTool} />;
      default: {
        const unexpected: never = tool;
        throw new Error(`Unknown tool ${JSON.stringify(unexpected)}`);
      }
    }
  }

  return (
    <>
      <PlotSearch index={features.index} onPick={props.onSelect} />
      {selectedId ? (
        <SelectedPlotPanel
          key={selectedId}
          plotId={selectedId}
          producers={producers}
          onEditGeometry={props.onEditGeometry}
          onDelete={props.onDelete}
          onFitPlot={props.onFitPlot}
          onFitProducer={props.onFitProducer}
          onClose={props.onDeselect}
        />
      ) : (
        <section className="map-panel-section" data-testid="map-overview">
          <h2>{t('plots.panel.overviewTitle')}</h2>
          {features.status === 'error' && <ErrorNotice error={features.error} />}
          {features.status === 'loading' && <p className="muted">{t('mapView.loadingPlots')}</p>}
          {features.status === 'ready' && (
            <p data-testid="map-overview-count">
              {t('mapView.plotsCount', { n: format.number(features.collection.features.length) })}
            </p>
          )}
          <p className="muted">{t('plots.panel.overviewHint')}</p>
          {producers?.length === 0 && (
            <div className="notice" data-testid="plot-no-producers">
              <p className="notice-summary">{t('plots.form.noProducers')}</p>
              <a href="#/productores">{t('plots.form.goToProducers')}</a>
            </div>
          )}
        </section>
      )}
    </>
  );
}
