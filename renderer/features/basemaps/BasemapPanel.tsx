import './basemaps.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_BASEMAP } from '../../../shared/domain/basemap.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import type { MapSession } from '../map/map-session.js';
import { fitBbox } from '../plots/fit.js';
import { AddBasemapDialog } from './AddBasemapDialog.js';
import { BasemapRow } from './BasemapRow.js';
import { useWorkspaceKind } from '../workshop/demo/use-workspace-kind.js';
import { HillshadeControl } from './HillshadeControl.js';
import { useBasemapOnMap } from './use-basemap-on-map.js';
import { useBasemaps } from './use-basemaps.js';

/**
 * "Mapa base": the built-in Natural Earth map and every imported basemap,
 * one at a time (radios), each with its zoom range and coverage; the
 * coverage outlines on the map; hillshade when there is a DEM; "Añadir mapa
 * base".
 */
export function BasemapPanel({ session }: { session: MapSession | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const radioName = useId();
  const builtinId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const [adding, setAdding] = useState(false);
  const { data, actions, lastError } = useBasemaps();
  // The demo shows this laptop's basemaps but cannot add or remove them (see electron/core/basemaps/laptop-basemaps.ts).
  const manageable = useWorkspaceKind() === 'main';
  const ready = data.status === 'ready' ? data : null;
  const active = ready?.state.active ?? null;
  const hillshade = ready?.dems.find((dem) => dem.id === ready.state.hillshadeLayerId) ?? null;
  const mapStatus = useBasemapOnMap(session, ready?.state.basemaps ?? null, active, hillshade);

  return (
    <section
      className="map-panel-section basemap-panel"
      aria-labelledby={titleId}
      data-testid="basemap-panel"
      data-active-basemap={active ?? undefined}
      data-basemap-status={mapStatus}
    >
      <div className="map-panel-heading">
        <h2 id={titleId}>{t('basemaps.panel.title')}</h2>
        {manageable && (
          <button
            ref={addRef}
            type="button"
            className="button button-small"
            onClick={() => setAdding(true)}
            data-testid="basemap-add-open"
          >
            {t('basemaps.panel.add')}
          </button>
        )}
      </div>
      {!manageable && (
        <p className="field-hint" data-testid="basemap-demo-hint">
          {t('basemaps.panel.demoHint')}
        </p>
      )}
      {data.status === 'loading' && <p className="muted">{t('basemaps.panel.loading')}</p>}
      {data.status === 'error' && <ErrorNotice error={data.error} />}
      {ready && (
        <>
          <ul className="basemap-list" aria-label={t('basemaps.panel.listLabel')}>
            <li className="basemap-row" data-testid="basemap-row-builtin" data-active={active === BUILTIN_BASEMAP}>
              <div className="basemap-row-main">
                <input
                  id={builtinId}
                  type="radio"
                  name={radioName}
                  checked={active === BUILTIN_BASEMAP}
                  onChange={() => void actions.setActive(BUILTIN_BASEMAP).catch(() => undefined)}
                  data-testid="basemap-choose-builtin"
                />
                <label htmlFor={builtinId} className="basemap-row-name">
                  {t('basemaps.panel.builtin')}
                </label>
              </div>
              <p className="basemap-row-facts">{t('basemaps.panel.builtinFacts')}</p>
            </li>
            {ready.state.basemaps.map((basemap) => (
              <BasemapRow
                key={basemap.id}
                basemap={basemap}
                radioName={radioName}
                active={basemap.id === active}
                manageable={manageable}
                actions={{
                  ...actions,
                  // The removed row took the focus with it: give it to "Añadir mapa base".
                  remove: async (id) => {
                    await actions.remove(id);
                    addRef.current?.focus();
                  },
                }}
                onFit={() => session && fitBbox(session.map, basemap.bounds)}
              />
            ))}
          </ul>
          {ready.state.basemaps.length === 0 && <p className="field-hint">{t('basemaps.panel.intro')}</p>}
          {mapStatus === 'error' && (
            <p className="field-error" role="alert">
              {t('basemaps.panel.status.error')}
            </p>
          )}
          <HillshadeControl
            dems={ready.dems}
            layerId={ready.state.hillshadeLayerId}
            onChange={(layerId) => void actions.setHillshade(layerId).catch(() => undefined)}
          />
        </>
      )}
      {lastError !== null && (
        <div data-testid="basemap-save-error">
          <p className="field-error">{t('basemaps.panel.saveFailed')}</p>
          <ErrorNotice error={lastError} />
        </div>
      )}
      {adding && (
        <AddBasemapDialog
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            actions.reload();
          }}
        />
      )}
    </section>
  );
}
