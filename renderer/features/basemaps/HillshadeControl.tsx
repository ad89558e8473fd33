import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layer } from '../../../shared/domain/layer.js';

interface HillshadeControlProps {
  readonly dems: readonly Layer[];
  readonly layerId: string | null;
  readonly onChange: (layerId: string | null) => void;
}

/** "Sombreado del relieve": on or off, and from which DEM when there are several. */
export function HillshadeControl({ dems, layerId, onChange }: HillshadeControlProps) {
  const { t } = useTranslation();
  const checkboxId = useId();
  const selectId = useId();
  if (dems.length === 0) {
    return (
      <p className="field-hint" data-testid="hillshade-needs-dem">
        {t('basemaps.hillshade.needsDem')}
      </p>
    );
  }
  const chosen = dems.find((dem) => dem.id === layerId) ?? null;
  return (
    <div className="basemap-hillshade" data-testid="hillshade-control">
      <div className="basemap-row-main">
        <input
          id={checkboxId}
          type="checkbox"
          checked={chosen !== null}
          onChange={(event) => onChange(event.target.checked ? (dems[0]?.id ?? null) : null)}
          data-testid="hillshade-toggle"
        />
        <label htmlFor={checkboxId} className="basemap-row-name">
          {t('basemaps.hillshade.label')}
        </label>
      </div>
      {chosen !== null && dems.length > 1 && (
        <div className="field">
          <label htmlFor={selectId}>{t('basemaps.hillshade.source')}</label>
          <select
            id={selectId}
            value={chosen.id}
            onChange={(event) => onChange(event.target.value)}
            data-testid="hillshade-layer"
          >
            {dems.map((dem) => (
              <option key={dem.id} value={dem.id}>
                {dem.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="field-hint">{t('basemaps.hillshade.hint')}</p>
    </div>
  );
}
