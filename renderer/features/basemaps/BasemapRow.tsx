import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basemap } from '../../../shared/domain/basemap.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { useFormat } from '../../i18n/use-format.js';
import type { BasemapActions } from './use-basemaps.js';
import { useBasemapFacts } from './use-basemap-facts.js';

interface BasemapRowProps {
  readonly basemap: Basemap;
  readonly radioName: string;
  readonly active: boolean;
  /** False while the demo is open: basemaps are then shown but not renamed or removed. */
  readonly manageable: boolean;
  readonly actions: BasemapActions;
  readonly onFit: () => void;
}

/**
 * One imported basemap: a radio to use it, its kind, zoom range and
 * coverage, "Ir a la cobertura", and details (rename, remove).
 */
export function BasemapRow({ basemap, radioName, active, manageable, actions, onFit }: BasemapRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useBasemapFacts();
  const radioId = useId();
  const nameId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(basemap.name);
  const [saved, setSaved] = useState(false);

  async function rename(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed === basemap.name) return;
    await actions.rename(basemap.id, trimmed);
    setSaved(true);
  }

  return (
    <li
      className="basemap-row"
      data-testid="basemap-row"
      data-basemap-id={basemap.id}
      data-basemap-name={basemap.name}
      data-active={active}
    >
      <div className="basemap-row-main">
        <input
          id={radioId}
          type="radio"
          name={radioName}
          checked={active}
          onChange={() => void actions.setActive(basemap.id).catch(() => undefined)}
          aria-label={t('basemaps.row.choose', { name: basemap.name })}
          data-testid="basemap-choose"
        />
        <label htmlFor={radioId} className="basemap-row-name" data-testid="basemap-name">
          {basemap.name}
        </label>
      </div>
      <p className="basemap-row-facts" data-testid="basemap-facts">
        {describe.kind(basemap)} · {describe.zooms(basemap)} · {format.bytes(basemap.sizeBytes)}
      </p>
      <p className="basemap-row-facts" data-testid="basemap-coverage">
        {describe.coverage(basemap.bounds)}
      </p>
      <div className="basemap-row-actions">
        <button type="button" className="button button-small" onClick={onFit} data-testid="basemap-fit">
          {t('basemaps.row.fit')}
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((value) => !value)}
          data-testid="basemap-details-toggle"
        >
          {t('basemaps.row.details')}
        </button>
      </div>
      {open && (
        <div id={detailsId} className="basemap-row-details">
          {basemap.attribution && (
            <p className="field-hint">{t('basemaps.row.attribution', { text: basemap.attribution })}</p>
          )}
          {manageable && (
            <>
              <form className="basemap-rename" onSubmit={(event) => void rename(event).catch(() => undefined)}>
                <div className="field">
                  <label htmlFor={nameId}>{t('basemaps.row.name')}</label>
                  <input
                    id={nameId}
                    value={name}
                    maxLength={200}
                    onChange={(event) => {
                      setName(event.target.value);
                      setSaved(false);
                    }}
                    data-testid="basemap-rename-input"
                  />
                </div>
                <button type="submit" className="button button-small" data-testid="basemap-rename-save">
                  {t('basemaps.row.save')}
                </button>
                {saved && (
                  <span className="field-status" role="status">
                    {t('basemaps.row.saved')}
                  </span>
                )}
              </form>
              <InlineConfirm
                label={t('basemaps.row.remove')}
                question={t('basemaps.row.removeConfirm', { name: basemap.name })}
                confirmLabel={t('basemaps.row.removeYes')}
                onConfirm={() => actions.remove(basemap.id).catch(() => undefined)}
                testId="basemap-remove"
              />
            </>
          )}
        </div>
      )}
    </li>
  );
}
