import './layers.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { AddLayerDialog } from './AddLayerDialog.js';
import { LayerRow } from './LayerRow.js';
import type { ClimateLayers } from './use-climate-layers.js';
import type { LayerActions } from './use-layer-list.js';

/**
 * The map's climate-risk layers, top of the list drawn on top (the reverse
 * of the API's bottom-first order), with "Añadir capa".
 */
export function LayersPanel({ climate }: { climate: ClimateLayers }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { state, actions, lastError, mapStatus, fitLayer } = climate;
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After a move React re-inserts the row; the moved button gets the focus back.
  const [refocus, setRefocus] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const topFirst = useMemo(() => (state.status === 'ready' ? [...state.layers].reverse() : []), [state]);

  useEffect(() => {
    if (!refocus || !listRef.current) return;
    const { id, direction } = refocus;
    const other = direction === 'up' ? 'down' : 'up';
    const find = (dir: string) => listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${dir}-${id}"]`);
    const target = find(direction);
    (target && !target.disabled ? target : find(other))?.focus();
    setRefocus(null);
  }, [refocus, topFirst]);

  const rowActions: LayerActions = useMemo(
    () => ({
      ...actions,
      move: (id, direction) => {
        actions.move(id, direction);
        setRefocus({ id, direction });
      },
      // The removed row took the focus with it: give it to "Añadir capa", not to the page.
      remove: async (id) => {
        await actions.remove(id);
        addRef.current?.focus();
      },
    }),
    [actions],
  );

  return (
    <section className="map-panel-section layers-panel" aria-labelledby={titleId} data-testid="layers-panel">
      <div className="map-panel-heading">
        <h2 id={titleId}>{t('layers.panel.title')}</h2>
        <button
          ref={addRef}
          type="button"
          className="button button-small"
          onClick={() => setAdding(true)}
          data-testid="layer-add-open"
        >
          {t('layers.panel.add')}
        </button>
      </div>
      {state.status === 'loading' && <p className="muted">{t('layers.panel.loading')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && topFirst.length === 0 && (
        <p className="muted" data-testid="layers-empty">
          {t('layers.panel.empty')}
        </p>
      )}
      {topFirst.length > 0 && (
        <>
          <p className="field-hint">{t('layers.panel.intro')}</p>
          <ol className="layer-list" ref={listRef} aria-label={t('layers.panel.listLabel')}>
            {topFirst.map((layer, index) => (
              <LayerRow
                key={layer.id}
                layer={layer}
                actions={rowActions}
                mapStatus={mapStatus[layer.id]}
                isTop={index === 0}
                isBottom={index === topFirst.length - 1}
                open={openId === layer.id}
                onToggleDetails={() => setOpenId((current) => (current === layer.id ? null : layer.id))}
                onFit={() => fitLayer(layer)}
              />
            ))}
          </ol>
        </>
      )}
      {lastError !== null && (
        <div data-testid="layers-save-error">
          <p className="field-error">{t('layers.panel.saveFailed')}</p>
          <ErrorNotice error={lastError} />
        </div>
      )}
      {adding && (
        <AddLayerDialog
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
