import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawTool } from '../map/draw/use-draw-tool.js';
import { PresentationToggle } from '../workshop/presentation/PresentationToggle.js';
import { colourAttributes } from './plot-colouring.js';
import type { ColourAttribute } from './plot-colouring.js';
import { labelModes } from './PlotLabels.js';
import type { LabelMode } from './PlotLabels.js';

type StartableTool = 'newPolygon' | 'newPoint' | 'measureDistance' | 'measureArea';

interface MapToolbarProps {
  readonly colourBy: ColourAttribute;
  readonly onColourBy: (attribute: ColourAttribute) => void;
  readonly labelBy: LabelMode;
  readonly onLabelBy: (mode: LabelMode) => void;
  readonly onFitAll: () => void;
  readonly tool: DrawTool | null;
  readonly onTool: (kind: StartableTool) => void;
  /** Drawing needs the map and at least one producer. */
  readonly canDraw: boolean;
  /** Shown after "Colorear por" while colouring by risk: hazard and scenario. */
  readonly riskControls?: ReactNode;
}

const colourKeys = {
  variety: 'mapView.colourByOptions.variety',
  productionSystem: 'mapView.colourByOptions.productionSystem',
  risk: 'mapRisk.option',
} as const satisfies Record<ColourAttribute, string>;
const labelKeys = {
  none: 'mapView.labelByOptions.none',
  plot: 'mapView.labelByOptions.plot',
  producer: 'mapView.labelByOptions.producer',
} as const satisfies Record<LabelMode, string>;
const toolKeys = {
  newPolygon: 'draw.polygon',
  newPoint: 'draw.point',
  measureDistance: 'measure.distance',
  measureArea: 'measure.area',
} as const satisfies Record<StartableTool, string>;
const toolTestIds = {
  newPolygon: 'tool-draw-polygon',
  newPoint: 'tool-draw-point',
  measureDistance: 'tool-measure-distance',
  measureArea: 'tool-measure-area',
} as const satisfies Record<StartableTool, string>;

/** Above the map: how plots look, where to look, and the drawing and measuring tools. */
export function MapToolbar(props: MapToolbarProps) {
  const { colourBy, onColourBy, labelBy, onLabelBy, onFitAll, tool, onTool, canDraw, riskControls } = props;
  const { t } = useTranslation();
  const colourId = useId();
  const labelId = useId();
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('mapView.toolbarLabel')} data-testid="map-toolbar">
      <div className="map-toolbar-group">
        {/* Each label stays with its control when the toolbar wraps. */}
        <span className="map-toolbar-pair">
          <label htmlFor={colourId}>{t('mapView.colourBy')}</label>
          <select
            id={colourId}
            data-testid="plots-colour-by"
            value={colourBy}
            onChange={(event) => onColourBy(event.target.value as ColourAttribute)}
          >
            {colourAttributes.map((attribute) => (
              <option key={attribute} value={attribute}>
                {t(colourKeys[attribute])}
              </option>
            ))}
          </select>
        </span>
        {riskControls}
        <span className="map-toolbar-pair">
          <label htmlFor={labelId}>{t('mapView.labelBy')}</label>
          <select
            id={labelId}
            data-testid="plots-label-by"
            value={labelBy}
            title={t('mapView.labelsHint')}
            onChange={(event) => onLabelBy(event.target.value as LabelMode)}
          >
            {labelModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(labelKeys[mode])}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="button button-small" data-testid="fit-organisation" onClick={onFitAll}>
          {t('mapView.fitAll')}
        </button>
      </div>
      <div className="map-toolbar-group">
        {(Object.keys(toolKeys) as StartableTool[]).map((kind) => {
          const drawing = kind === 'newPolygon' || kind === 'newPoint';
          return (
            <button
              key={kind}
              type="button"
              className="button button-small"
              data-testid={toolTestIds[kind]}
              data-tour={kind === 'newPolygon' ? 'map-draw-plot' : undefined}
              aria-pressed={tool?.kind === kind}
              disabled={drawing && !canDraw}
              onClick={() => onTool(kind)}
            >
              {t(toolKeys[kind])}
            </button>
          );
        })}
        <PresentationToggle enterOnly />
      </div>
    </div>
  );
}
