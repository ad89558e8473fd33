import { useTranslation } from 'react-i18next';
import type { PlotLayerStats } from '../../../shared/api/risk.js';
import { hazardLevels, layerHazardTypes } from '../../../shared/domain/hazard.js';
import type { LayerHazardType } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';
import { LevelBadge } from './LevelBadge.js';
import { useRiskLabels } from './use-risk-labels.js';

const isLayerHazardType = (value: string): value is LayerHazardType =>
  (layerHazardTypes as readonly string[]).includes(value);

/** What one layer found: shares per level for a hazard map, zonal statistics for a raster. */
function LayerFinding({ layer }: { layer: PlotLayerStats }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  const value = (n: number) => {
    const text = format.number(n, { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 1 });
    return layer.unit ? `${text} ${layer.unit}` : text;
  };
  const kind = t(`layers.kinds.${layer.kind}`);
  const type = isLayerHazardType(layer.hazard) ? t(`layers.hazardTypes.${layer.hazard}`) : layer.hazard;
  return (
    <li className="layer-finding" data-testid="risk-layer" data-layer-id={layer.layerId}>
      <p className="layer-finding-name">
        <strong>{layer.layerName}</strong>{' '}
        <span className="muted">
          ({type} · {kind})
        </span>
      </p>
      {layer.kind === 'vector' && (
        <p>
          {layer.shares && Object.keys(layer.shares).length > 0
            ? t('riskDashboard.card.shares', {
                list: hazardLevels
                  .filter((level) => (layer.shares?.[level] ?? 0) > 0)
                  .map((level) =>
                    t('riskDashboard.card.share', {
                      level: labels.level(level),
                      percent: format.number(layer.shares?.[level] ?? 0, {
                        style: 'percent',
                        maximumFractionDigits: 0,
                      }),
                    }),
                  )
                  .join(' · '),
              })
            : t('riskDashboard.card.noClasses')}
        </p>
      )}
      {layer.kind === 'vector' && layer.highest !== null && (
        <p className="layer-highest">
          {t('riskDashboard.card.highest')} <LevelBadge level={layer.highest} />
        </p>
      )}
      {layer.kind === 'raster' && (
        <p>
          {layer.mean === null
            ? t('riskDashboard.card.noValue')
            : layer.pixelCount === 0
              ? t('riskDashboard.card.centroidValue', { value: value(layer.mean) })
              : t('riskDashboard.card.rasterStats', {
                  mean: value(layer.mean),
                  min: layer.min === null ? '—' : value(layer.min),
                  max: layer.max === null ? '—' : value(layer.max),
                  pixels: format.number(layer.pixelCount ?? 0),
                })}
          {layer.slopePct !== null &&
            ` · ${t('riskDashboard.card.slope', { value: format.number(layer.slopePct, { maximumFractionDigits: 0 }) })}`}
        </p>
      )}
    </li>
  );
}

export function LayerFindings({ layers }: { layers: readonly PlotLayerStats[] }) {
  const { t } = useTranslation();
  if (layers.length === 0) return <p className="muted">{t('riskDashboard.card.noLayers')}</p>;
  return (
    <ul className="layer-findings" data-testid="risk-layers">
      {layers.map((layer) => (
        <LayerFinding key={layer.layerId} layer={layer} />
      ))}
    </ul>
  );
}
