import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hazardLevels } from '../../../shared/domain/hazard.js';
import type { Layer } from '../../../shared/domain/layer.js';
import { levelSwatchBackground } from './level-colours.js';
import { RampBar } from './RampBar.js';

/** The map's legends stacked in its top-left corner: the plots' colouring, then the shown layers. */
export function MapLegends({ children }: { children: ReactNode }) {
  return <div className="map-legends">{children}</div>;
}

function LayerLegend({ layer }: { layer: Layer }) {
  const { t } = useTranslation();
  return (
    <li className="layer-legend" data-testid="layer-legend" data-layer-id={layer.id}>
      <span className="layer-legend-name">{layer.name}</span>
      {layer.kind === 'raster' && layer.raster ? (
        <RampBar ramp={layer.ramp} min={layer.raster.min} max={layer.raster.max} unit={layer.unit} />
      ) : (
        <ul className="layer-legend-levels">
          {hazardLevels.map((level) => (
            <li key={level}>
              <span className="level-swatch" style={{ background: levelSwatchBackground(level) }} aria-hidden="true" />
              {t(`layers.levels.${level}`)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One entry per shown layer, top of the drawing order first: levels for vectors, the ramp for rasters. */
export function LayerLegends({ layers }: { layers: readonly Layer[] }) {
  const { t } = useTranslation();
  if (layers.length === 0) return null;
  return (
    <details className="plot-legend layers-legend" data-testid="layers-legend" open>
      <summary>{t('layers.legend.label')}</summary>
      <ul>
        {layers.map((layer) => (
          <LayerLegend key={layer.id} layer={layer} />
        ))}
      </ul>
    </details>
  );
}
