import '../../components/file-dialog.css';
import { FileDropzone } from '../../components/FileDropzone.js';
import { AddJobActions } from '../../components/AddJobActions.js';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layer } from '../../../shared/domain/layer.js';
import { JobProgressBar } from '../../components/JobProgressBar.js';
import { useFormat } from '../../i18n/use-format.js';
import { acceptedExtensions, maxImportMb } from '../import/import-files.js';
import { AddLayerForm } from './AddLayerForm.js';
import { formatLayerValue } from './format-layer-value.js';
import { LayerErrorNotice } from './LayerErrorNotice.js';
import { useAddLayer } from './use-add-layer.js';

/** Any import format for hazard polygons, or a GeoTIFF. */
const layerExtensions = [...acceptedExtensions, '.tif', '.tiff'].join(',');

interface AddLayerDialogProps {
  readonly onClose: () => void;
  readonly onAdded: (layer: Layer) => void;
}

/**
 * "Añadir capa": pick a file, let the core inspect it (progress bar), choose
 * how it becomes a layer, then add it (progress, Stop). A modal <dialog>:
 * Escape closes it, except while the layer is being written.
 */
export function AddLayerDialog({ onClose, onAdded }: AddLayerDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { file, inspect, add, choose } = useAddLayer(onAdded);
  const adding = add.state.phase === 'running';
  const busy = adding || file.phase === 'reading' || inspect.state.phase === 'running';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const inspection = inspect.state.phase === 'done' ? inspect.state.value : null;
  const readingName = file.phase === 'reading' ? file.fileName : file.phase === 'read' ? file.source.fileName : '';

  return (
    <dialog
      ref={dialogRef}
      className="file-dialog"
      aria-labelledby={titleId}
      data-testid="layer-add-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!adding) onClose();
      }}
    >
      <div className="file-dialog-header">
        <h2 id={titleId}>{t('layers.add.title')}</h2>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={onClose}
          disabled={adding}
          data-testid="layer-add-close"
        >
          {t('layers.add.close')}
        </button>
      </div>
      <p className="page-intro">{t('layers.add.intro')}</p>
      <FileDropzone
        accept={layerExtensions}
        busy={busy}
        hasFile={inspection !== null}
        chooseLabel={t('layers.add.choose')}
        chooseAnotherLabel={t('layers.add.chooseAnother')}
        inputTestId="layer-file-input"
        onFile={(chosen) => void choose(chosen)}
      >
        <p className="field-hint">{t('layers.add.formats', { maxMb: maxImportMb })}</p>
      </FileDropzone>

      {(file.phase === 'reading' || inspect.state.phase === 'running') && (
        <div className="job-progress" data-testid="layer-inspecting">
          <JobProgressBar
            progress={inspect.state.phase === 'running' ? inspect.state.progress : null}
            label={t('layers.add.inspecting', { fileName: readingName })}
            testId="layer-inspect-progress"
            indeterminate
          />
          <span role="status">{t('layers.add.inspecting', { fileName: readingName })}</span>
        </div>
      )}
      {file.phase === 'failed' && <LayerErrorNotice error={file.error} />}
      {inspect.state.phase === 'failed' && <LayerErrorNotice error={inspect.state.error} />}

      {inspection && file.phase === 'read' && (
        <>
          <p className="notice notice-success" data-testid="layer-inspected" data-kind={inspection.kind}>
            {inspection.kind === 'vector'
              ? t('layers.add.vectorSummary', {
                  fileName: inspection.fileName,
                  count: inspection.featureCount,
                  total: format.number(inspection.featureCount),
                  format: inspection.format,
                })
              : t('layers.add.rasterSummary', {
                  fileName: inspection.fileName,
                  width: format.number(inspection.raster?.width ?? 0),
                  height: format.number(inspection.raster?.height ?? 0),
                  min: formatLayerValue(inspection.raster?.min ?? 0, format.locale),
                  max: formatLayerValue(inspection.raster?.max ?? 0, format.locale),
                })}
          </p>
          <AddLayerForm
            key={`${inspection.fileName}:${inspection.featureCount}`}
            inspection={inspection}
            source={file.source}
            busy={adding}
            onSubmit={(input) => void add.start(input)}
            actions={(canSubmit) => (
              <AddJobActions
                state={add.state}
                runningText={t('layers.add.adding', { name: inspection.fileName })}
                labels={{
                  stop: t('layers.add.stop'),
                  stopping: t('layers.add.stopping'),
                  cancel: t('layers.add.cancel'),
                  submit: t('layers.add.submit'),
                }}
                canSubmit={canSubmit}
                onStop={add.cancel}
                onClose={onClose}
                testIdPrefix="layer-add"
              />
            )}
          />
          {add.state.phase === 'cancelled' && (
            <p className="notice" role="status" data-testid="layer-add-cancelled">
              {t('layers.add.cancelled')}
            </p>
          )}
          {add.state.phase === 'failed' && <LayerErrorNotice error={add.state.error} />}
        </>
      )}
    </dialog>
  );
}
