import '../../components/file-dialog.css';
import { FileDropzone } from '../../components/FileDropzone.js';
import { AddJobActions } from '../../components/AddJobActions.js';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Basemap } from '../../../shared/domain/basemap.js';
import { JobProgressBar } from '../../components/JobProgressBar.js';
import { useFormat } from '../../i18n/use-format.js';
import { maxImportMb } from '../import/import-files.js';
import { BasemapErrorNotice } from './BasemapErrorNotice.js';
import { useAddBasemap } from './use-add-basemap.js';
import { useBasemapFacts } from './use-basemap-facts.js';

const EXTENSIONS = '.mbtiles,.pmtiles,.tif,.tiff';

interface AddBasemapDialogProps {
  readonly onClose: () => void;
  readonly onAdded: (basemap: Basemap) => void;
}

/**
 * "Añadir mapa base": pick a file, let the core read it (kind, zooms,
 * coverage), name it, add it (progress and Stop: tiling a GeoTIFF takes a
 * while). A modal <dialog>; Escape closes it except while adding.
 */
export function AddBasemapDialog({ onClose, onAdded }: AddBasemapDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useBasemapFacts();
  const titleId = useId();
  const nameId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState<string | null>(null);
  const { file, inspect, add, choose } = useAddBasemap(onAdded);
  const adding = add.state.phase === 'running';
  const busy = adding || file.phase === 'reading' || inspect.state.phase === 'running';
  const inspection = inspect.state.phase === 'done' && file.phase === 'read' ? inspect.state.value : null;
  const readingName = file.phase === 'reading' ? file.fileName : file.phase === 'read' ? file.fileName : '';
  const chosenName = (name ?? inspection?.suggestedName ?? '').trim();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function pick(chosen: File): void {
    setName(null);
    void choose(chosen);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (file.phase === 'read' && chosenName) void add.start({ source: file.source, name: chosenName });
  }

  return (
    <dialog
      ref={dialogRef}
      className="file-dialog basemap-dialog"
      aria-labelledby={titleId}
      data-testid="basemap-add-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!adding) onClose();
      }}
    >
      <div className="file-dialog-header">
        <h2 id={titleId}>{t('basemaps.add.title')}</h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose} disabled={adding}>
          {t('basemaps.add.close')}
        </button>
      </div>
      <p className="page-intro">{t('basemaps.add.intro')}</p>
      <FileDropzone
        accept={EXTENSIONS}
        busy={busy}
        hasFile={inspection !== null}
        chooseLabel={t('basemaps.add.choose')}
        chooseAnotherLabel={t('basemaps.add.chooseAnother')}
        inputTestId="basemap-file-input"
        onFile={pick}
      >
        <p className="field-hint">{t('basemaps.add.formats', { maxMb: maxImportMb })}</p>
      </FileDropzone>

      {(file.phase === 'reading' || inspect.state.phase === 'running') && (
        <div className="job-progress" data-testid="basemap-inspecting">
          <JobProgressBar
            progress={null}
            label={t('basemaps.add.inspecting', { fileName: readingName })}
            testId="basemap-inspect-progress"
            indeterminate
          />
          <span role="status">{t('basemaps.add.inspecting', { fileName: readingName })}</span>
        </div>
      )}
      {file.phase === 'failed' && <BasemapErrorNotice error={file.error} />}
      {inspect.state.phase === 'failed' && <BasemapErrorNotice error={inspect.state.error} />}

      {inspection && (
        <form onSubmit={onSubmit} className="basemap-add-form">
          <div className="notice notice-success" data-testid="basemap-inspected" data-kind={inspection.facts.kind}>
            <p className="notice-summary">
              {t('basemaps.add.summary', {
                fileName: inspection.fileName,
                kind: describe.kind(inspection.facts),
                format: inspection.facts.format.toUpperCase(),
                min: inspection.facts.minZoom,
                max: inspection.facts.maxZoom,
              })}
            </p>
            <p>{describe.coverage(inspection.facts.bounds)}</p>
            {inspection.conversion && (
              <p>
                {t('basemaps.add.conversion', {
                  width: format.number(inspection.conversion.widthPx),
                  height: format.number(inspection.conversion.heightPx),
                  tiles: format.number(inspection.conversion.tileCount),
                })}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={nameId}>{t('basemaps.add.name')}</label>
            <input
              id={nameId}
              value={name ?? inspection.suggestedName}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
              disabled={adding}
              data-testid="basemap-add-name"
            />
          </div>
          <AddJobActions
            state={add.state}
            runningText={t('basemaps.add.adding', { name: chosenName })}
            labels={{
              stop: t('basemaps.add.stop'),
              stopping: t('basemaps.add.stopping'),
              cancel: t('basemaps.add.cancel'),
              submit: t('basemaps.add.submit'),
            }}
            canSubmit={Boolean(chosenName)}
            onStop={add.cancel}
            onClose={onClose}
            testIdPrefix="basemap-add"
          />
          {add.state.phase === 'cancelled' && (
            <p className="notice" role="status" data-testid="basemap-add-cancelled">
              {t('basemaps.add.cancelled')}
            </p>
          )}
          {add.state.phase === 'failed' && <BasemapErrorNotice error={add.state.error} />}
        </form>
      )}
    </dialog>
  );
}
