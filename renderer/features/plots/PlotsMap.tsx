import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plot } from '../../../shared/domain/plot.js';
import { useApiContext } from '../../api/api-context.js';
import { BasemapPanel } from '../basemaps/BasemapPanel.js';
import { LayerLegends, MapLegends } from '../layers/LayerLegends.js';
import { LayersPanel } from '../layers/LayersPanel.js';
import { RiskColourControls } from '../layers/RiskColourControls.js';
import { useClimateLayers } from '../layers/use-climate-layers.js';
import { useRiskColouring } from '../layers/use-risk-colouring.js';
import type { DrawTool } from '../map/draw/use-draw-tool.js';
import { MapView } from '../map/MapView.js';
import { useEscapeKey } from '../map/use-escape-key.js';
import { useMapSession } from '../map/use-map-session.js';
import { useMapPresentation } from '../workshop/presentation/use-map-presentation.js';
import { bboxOfAll, bboxOfProducer, fitBbox } from './fit.js';
import { MapSidePanel } from './MapSidePanel.js';
import { MapToolbar } from './MapToolbar.js';
import { colouringFor } from './plot-colouring.js';
import type { ColourAttribute } from './plot-colouring.js';
import { bboxOfGeometry } from './plot-index.js';
import { PLOT_FILL_LAYER, addPlotLayers, plotCentres } from './plot-layers.js';
import { PlotLabels } from './PlotLabels.js';
import type { LabelMode } from './PlotLabels.js';
import { PlotLegend } from './PlotLegend.js';
import { UndoToast } from './UndoToast.js';
import { useActiveOrganisationId } from './use-active-organisation-id.js';
import { useMapTargets } from './use-map-targets.js';
import { usePlotDeletion } from './use-plot-deletion.js';
import { usePlotFeatures } from './use-plot-features.js';
import { usePlotsOnMap } from './use-plots-on-map.js';
import { useProducerOptions } from './use-producer-options.js';

/**
 * The map page's working area: the organisation's plots coloured and
 * labelled, a side panel for the selected plot, and the drawing and
 * measuring tools. One tool at a time; while one runs, clicks go to it.
 */
export function PlotsMap() {
  const { t } = useTranslation();
  const { invalidate } = useApiContext();
  const organisation = useActiveOrganisationId();
  const features = usePlotFeatures(organisation.organisationId, organisation.known);
  const producers = useProducerOptions(organisation.organisationId, organisation.known);
  const { session, onLoad } = useMapSession(addPlotLayers);
  const [colourBy, setColourBy] = useState<ColourAttribute>('variety');
  const [labelBy, setLabelBy] = useState<LabelMode>('plot');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tool, setTool] = useState<DrawTool | null>(null);
  const [editedPlot, setEditedPlot] = useState<Plot | null>(null);
  const deletion = usePlotDeletion(setSelectedId);
  const { setToast } = deletion;
  const target = useMapTargets(session, features, organisation.organisationId, setSelectedId);

  const climate = useClimateLayers(session, PLOT_FILL_LAYER);
  const risk = useRiskColouring(organisation.organisationId, colourBy === 'risk');
  const { choice: riskChoice, levels: riskLevels } = risk;
  const colouring = useMemo(
    () => colouringFor(colourBy, features.index.entries, { choice: riskChoice, levels: riskLevels }),
    [colourBy, features.index, riskChoice, riskLevels],
  );
  const centres = useMemo(() => (features.status === 'ready' ? plotCentres(features.index) : null), [features]);
  const renderedCount = usePlotsOnMap(session, {
    collection: features.collection,
    centres,
    colours: colouring.expression,
    selectedId,
    hiddenId: tool?.kind === 'editGeometry' ? tool.plotId : null,
    interactive: tool === null,
    onSelect: setSelectedId,
  });
  const endTool = useCallback(() => setTool(null), []);
  useEscapeKey(tool !== null, endTool);
  useMapPresentation(session?.map ?? null);

  const fit = {
    all: () => session && fitBbox(session.map, bboxOfAll(features.index)),
    producer: (producerId: string) => session && fitBbox(session.map, bboxOfProducer(features.index, producerId)),
    plot: (plot: Plot) => session && fitBbox(session.map, bboxOfGeometry(plot.geometry)),
  };

  const startTool = (kind: 'newPolygon' | 'newPoint' | 'measureDistance' | 'measureArea') => {
    setEditedPlot(null);
    setTool({ kind });
  };
  const onSaved = (plot: Plot, message: string) => {
    invalidate();
    setTool(null);
    setEditedPlot(null);
    setSelectedId(plot.id);
    setToast({ message });
  };
  const selectedProducerId = selectedId ? (features.index.byId.get(selectedId)?.properties.producerId ?? null) : null;
  const dataReady = features.status === 'error' || (features.status === 'ready' && renderedCount !== null);

  return (
    <div className="plots-map">
      <MapToolbar
        colourBy={colourBy}
        onColourBy={setColourBy}
        labelBy={labelBy}
        onLabelBy={setLabelBy}
        onFitAll={() => fit.all()}
        tool={tool}
        onTool={startTool}
        canDraw={session !== null && (producers?.length ?? 0) > 0}
        riskControls={colourBy === 'risk' ? <RiskColourControls risk={risk} /> : null}
      />
      {/* data-panel: presentation mode shows the side panel only while it has a plot or a tool to show. */}
      <div className="plots-map-body" data-panel={selectedId !== null || tool !== null ? 'busy' : 'idle'}>
        <MapView
          onLoad={onLoad}
          dataReady={dataReady}
          plotsCount={renderedCount}
          rasterValuesKey={climate.rasterValuesKey}
        >
          <PlotLabels session={session} index={features.index} mode={labelBy} />
          <MapLegends>
            <PlotLegend colouring={colouring} />
            <LayerLegends layers={climate.visibleTopFirst} />
          </MapLegends>
          <UndoToast toast={deletion.toast} onDismiss={deletion.dismiss} />
        </MapView>
        <aside
          className="map-panel"
          aria-label={t('plots.panel.label')}
          data-testid="map-panel"
          data-tour="map-side-panel"
        >
          <MapSidePanel
            session={session}
            features={features}
            producers={producers}
            tool={tool}
            editedPlot={editedPlot}
            selectedId={selectedId}
            initialProducerId={
              target.producerId ?? selectedProducerId ?? (producers?.length === 1 ? (producers[0]?.id ?? '') : '')
            }
            onSelect={(plotId) => {
              setSelectedId(plotId);
              const entry = features.index.byId.get(plotId);
              if (session && entry) fitBbox(session.map, entry.bbox);
            }}
            onDeselect={() => setSelectedId(null)}
            onEditGeometry={(plot) => {
              if (plot.geometry.type === 'MultiPolygon') return;
              setEditedPlot(plot);
              setTool({ kind: 'editGeometry', plotId: plot.id, geometry: plot.geometry });
            }}
            onDelete={(plot) => {
              void deletion.remove(plot).then((removed) => removed && setSelectedId(null));
            }}
            onFitPlot={fit.plot}
            onFitProducer={fit.producer}
            onEndTool={endTool}
            onSaved={onSaved}
          />
          <LayersPanel climate={climate} />
          <BasemapPanel session={session} />
        </aside>
      </div>
    </div>
  );
}
