import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { needsUtmZone } from './import-errors.js';
import { acceptedExtensions, maxImportMb } from './import-files.js';
import { ImportErrorNotice } from './ImportErrorNotice.js';
import type { CsvOptions, FileState } from './use-import-file.js';
import { UtmZoneQuestion } from './UtmZoneQuestion.js';

interface FileStepProps {
  readonly state: FileState;
  readonly onChoose: (file: File, csv?: CsvOptions) => void;
}

/**
 * Step 1: a file from the computer, picked or dropped. Nothing is written
 * until the last step; a file the core cannot read says why in words.
 */
export function FileStep({ state, onChoose }: FileStepProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const reading = state.phase === 'reading';

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !reading) onChoose(file);
  }

  return (
    <section className="import-step import-narrow" aria-labelledby="import-step-heading">
      <h2 id="import-step-heading">{t('importWizard.file.title')}</h2>
      <p className="page-intro">{t('importWizard.file.intro')}</p>
      <div
        className="import-dropzone"
        data-dragging={dragging}
        data-testid="import-dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="dropzone-text">{t('importWizard.file.drop')}</p>
        <label htmlFor={inputId} className="button button-primary">
          {t('importWizard.file.choose')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept={acceptedExtensions.join(',')}
          disabled={reading}
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) is a change too.
            event.target.value = '';
            if (file) onChoose(file);
          }}
        />
        <p className="field-hint">{t('importWizard.file.formats', { maxMb: maxImportMb })}</p>
      </div>
      {reading && (
        <div className="job-progress" data-testid="import-file-reading">
          <progress aria-label={t('importWizard.file.reading', { fileName: state.fileName })} />
          <span role="status">{t('importWizard.file.reading', { fileName: state.fileName })}</span>
        </div>
      )}
      {state.phase === 'opened' && (
        <p className="notice notice-success" data-testid="import-file-opened">
          {t('importWizard.file.opened', { fileName: state.file.name })}
        </p>
      )}
      {state.phase === 'failed' && (
        <>
          <p className="import-failed-file" data-testid="import-file-failed">
            {t('importWizard.file.failed', { fileName: state.file.name })}
          </p>
          <ImportErrorNotice error={state.error} />
          {needsUtmZone(state.error) && <UtmZoneQuestion onOpen={(utmZone) => onChoose(state.file, { utmZone })} />}
        </>
      )}
    </section>
  );
}
