import { useTranslation } from 'react-i18next';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';
import type { Colouring, LegendEntry } from './plot-colouring.js';

const attributeKeys = {
  variety: 'mapView.colourByOptions.variety',
  productionSystem: 'mapView.colourByOptions.productionSystem',
  risk: 'mapRisk.option',
} as const;

function useEntryLabel(): (colouring: Colouring, entry: LegendEntry) => string {
  const { t } = useTranslation();
  return (colouring, entry) => {
    if (entry.value === null) return t('plots.legend.other');
    if (colouring.attribute === 'risk') {
      return entry.value === '' ? t('mapRisk.noData') : t(`layers.levels.${entry.value as HazardLevel}`);
    }
    if (entry.value === '') return t('plots.legend.missing');
    if (colouring.attribute === 'productionSystem') {
      return t(`plots.systems.${entry.value as 'convencional' | 'organico' | 'transicion'}`);
    }
    return entry.value;
  };
}

/** What each colour means, with how many plots have it. */
export function PlotLegend({ colouring }: { colouring: Colouring }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEntryLabel();
  if (colouring.legend.length === 0) return null;
  const { risk } = colouring;
  return (
    // A <details>: it can be folded away when it covers plots being drawn (keyboard too).
    <details className="plot-legend" data-testid="plot-legend" open>
      <summary>
        {risk
          ? t('mapRisk.legendTitle', {
              hazard: t(`risk.hazards.${risk.hazard}`),
              scenario: t(`risk.scenarios.${risk.scenarioId}`),
            })
          : t(attributeKeys[colouring.attribute])}
      </summary>
      <ul>
        {colouring.legend.map((entry) => (
          <li key={entry.value ?? '\u0000other'} data-testid="plot-legend-entry">
            <span className="plot-legend-swatch" style={{ background: entry.colour }} aria-hidden="true" />
            <span className="plot-legend-label">{label(colouring, entry)}</span>
            <span className="plot-legend-count">{format.number(entry.count)}</span>
          </li>
        ))}
      </ul>
      {risk && risk.stale > 0 && (
        <p className="plot-legend-note" data-testid="plot-legend-stale">
          {t('mapRisk.stale', { count: risk.stale, total: format.number(risk.stale) })}
        </p>
      )}
    </details>
  );
}
