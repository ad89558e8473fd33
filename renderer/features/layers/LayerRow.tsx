import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layer } from '../../../shared/domain/layer.js';
import { useFormat } from '../../i18n/use-format.js';
import { formatLayerValue } from './format-layer-value.js';
import { LayerDetailsForm } from './LayerDetailsForm.js';
import type { LayerActions } from './use-layer-list.js';
import type { LayerMapStatus } from './use-hazard-layers-on-map.js';

interface LayerRowProps {
  readonly layer: Layer;
  readonly actions: LayerActions;
  readonly mapStatus: LayerMapStatus | undefined;
  readonly isTop: boolean;
  readonly isBottom: boolean;
  readonly open: boolean;
  readonly onToggleDetails: () => void;
  readonly onFit: () => void;
}

/** What a row says about the data: polygons and class field, or grid size and value range. */
function useFacts(layer: Layer): string {
  const { t } = useTranslation();
  const format = useFormat();
  if (layer.kind === 'vector') {
    return t('layers.row.vectorFacts', {
      count: layer.featureCount,
      total: format.number(layer.featureCount),
      field: layer.classField ?? '—',
    });
  }
  const raster = layer.raster;
  if (!raster) return '';
  return t('layers.row.rasterFacts', {
    width: format.number(raster.width),
    height: format.number(raster.height),
    min: formatLayerValue(raster.min, format.locale),
    max: formatLayerValue(raster.max, format.locale),
    unit: layer.unit,
  });
}

/**
 * One layer, as in QGIS's layer panel: shown or not, name, what it depicts
 * and for which scenario, opacity, its place in the drawing order, and its
 * details. Every control is a native one, so the keyboard reaches them all.
 */
export function LayerRow(props: LayerRowProps) {
  const { layer, actions, mapStatus, isTop, isBottom, open, onToggleDetails, onFit } = props;
  const { t } = useTranslation();
  const checkboxId = useId();
  const opacityId = useId();
  const detailsId = useId();
  const facts = useFacts(layer);
  const percent = Math.round(layer.opacity * 100);
  return (
    <li
      className="layer-row"
      data-testid="layer-row"
      data-layer-id={layer.id}
      data-layer-name={layer.name}
      data-map-status={layer.visible ? (mapStatus ?? 'loading') : 'hidden'}
    >
      <div className="layer-row-main">
        <input
          id={checkboxId}
          type="checkbox"
          checked={layer.visible}
          onChange={(event) => actions.setVisible(layer.id, event.target.checked)}
          aria-label={t('layers.row.visible', { name: layer.name })}
          data-testid="layer-visible"
        />
        <label htmlFor={checkboxId} className="layer-row-name" data-testid="layer-name">
          {layer.name}
        </label>
        <span className="layer-row-order">
          <button
            type="button"
            className="icon-button"
            disabled={isTop}
            aria-label={t('layers.row.moveUp', { name: layer.name })}
            title={t('layers.row.moveUp', { name: layer.name })}
            data-testid="layer-move-up"
            data-move={`up-${layer.id}`}
            onClick={() => actions.move(layer.id, 'up')}
          >
            <span aria-hidden="true">▲</span>
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={isBottom}
            aria-label={t('layers.row.moveDown', { name: layer.name })}
            title={t('layers.row.moveDown', { name: layer.name })}
            data-testid="layer-move-down"
            data-move={`down-${layer.id}`}
            onClick={() => actions.move(layer.id, 'down')}
          >
            <span aria-hidden="true">▼</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('layers.row.fit', { name: layer.name })}
            title={t('layers.row.fit', { name: layer.name })}
            data-testid="layer-fit"
            onClick={onFit}
          >
            {/* Four corners: "zoom to the layer's extent", as in QGIS. */}
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={t('layers.row.details', { name: layer.name })}
            title={t('layers.row.details', { name: layer.name })}
            data-testid="layer-details-toggle"
            onClick={onToggleDetails}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        </span>
      </div>
      <div className="layer-row-meta">
        <span data-testid="layer-hazard">{t(`layers.hazardTypes.${layer.hazard}`)}</span>
        <span className="muted">{t(`layers.kinds.${layer.kind}`)}</span>
        <span
          className={layer.scenarioId ? 'scenario-badge' : 'scenario-badge scenario-badge-present'}
          data-testid="layer-scenario"
        >
          {layer.scenarioId ? t(`risk.scenarios.${layer.scenarioId}`) : t('layers.row.present')}
        </span>
      </div>
      <p className="layer-row-facts muted">{facts}</p>
      <div className="layer-row-opacity">
        <label htmlFor={opacityId} className="visually-hidden">
          {t('layers.row.opacity', { name: layer.name })}
        </label>
        <input
          id={opacityId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          onChange={(event) => actions.setOpacity(layer.id, Number(event.target.value) / 100)}
          data-testid="layer-opacity"
        />
        <output htmlFor={opacityId} data-testid="layer-opacity-value">
          {t('layers.row.percent', { percent })}
        </output>
      </div>
      {layer.visible && mapStatus === 'loading' && (
        <p className="layer-row-facts muted" role="status">
          {t('layers.row.drawing')}
        </p>
      )}
      {layer.visible && mapStatus === 'error' && (
        <p className="field-error" role="alert">
          {t('layers.row.mapError')}
        </p>
      )}
      <div id={detailsId} hidden={!open}>
        {open && (
          <LayerDetailsForm
            layer={layer}
            onSave={(patch) => actions.update(layer.id, patch)}
            onRemove={() => actions.remove(layer.id)}
            onClose={onToggleDetails}
          />
        )}
      </div>
    </li>
  );
}
