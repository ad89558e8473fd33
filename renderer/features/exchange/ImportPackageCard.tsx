import { useId } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddJobActions } from '../../components/AddJobActions.js';
import { FileDropzone } from '../../components/FileDropzone.js';
import { JobProgressBar } from '../../components/JobProgressBar.js';
import { maxImportMb } from '../import/import-files.js';
import { ExchangeErrorNotice } from './ExchangeErrorNotice.js';
import { ImportResult } from './ImportResult.js';
import { PackageReportView } from './PackageReportView.js';
import { usePackageImport } from './use-package-import.js';

/**
 * "Importar paquete": choose or drop a .cafetal file, see what it would do
 * (the core's dry run), then import it or cancel. Refusals (tampered, cut
 * off, foreign…) come back in plain words before anything is written.
 */
export function ImportPackageCard({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const flow = usePackageImport();
  const { file, inspect, apply } = flow;
  const fileName = file.phase === 'idle' ? '' : file.fileName;
  const checking = file.phase === 'reading' || inspect.state.phase === 'running';
  const importing = apply.state.phase === 'running';
  const preview = inspect.state.phase === 'done' && file.phase === 'read' ? inspect.state.value : null;
  const imported = apply.state.phase === 'done' ? apply.state.value : null;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    flow.confirm();
  }

  return (
    <section className="card exchange-card" aria-labelledby={headingId} data-testid="exchange-import">
      <h2 id={headingId}>{t('exchange.import.title')}</h2>
      <p className="field-hint">{t('exchange.import.intro')}</p>
      <FileDropzone
        accept=".cafetal"
        busy={demo || checking || importing}
        hasFile={file.phase !== 'idle'}
        chooseLabel={t('exchange.import.choose')}
        chooseAnotherLabel={t('exchange.import.chooseAnother')}
        inputTestId="exchange-import-file"
        onFile={flow.choose}
      >
        <p className="field-hint">{t('exchange.import.formats', { maxMb: maxImportMb })}</p>
      </FileDropzone>

      {checking && (
        <div className="job-progress" data-testid="exchange-import-checking">
          <JobProgressBar
            progress={inspect.state.phase === 'running' ? inspect.state.progress : null}
            label={t('exchange.import.checking', { fileName })}
            testId="exchange-inspect-progress"
          />
          <span role="status">{t('exchange.import.checking', { fileName })}</span>
        </div>
      )}
      {file.phase === 'failed' && <ExchangeErrorNotice error={file.error} />}
      {inspect.state.phase === 'failed' && <ExchangeErrorNotice error={inspect.state.error} />}

      {imported && <ImportResult report={imported} />}
      {preview && !imported && (
        <form className="exchange-preview" onSubmit={onSubmit} data-testid="exchange-preview">
          <h3>{t('exchange.import.previewTitle', { fileName: preview.fileName })}</h3>
          <PackageReportView report={preview} />
          <AddJobActions
            state={apply.state}
            runningText={t('exchange.import.importing', { fileName: preview.fileName })}
            labels={{
              stop: t('exchange.import.stop'),
              stopping: t('exchange.import.stopping'),
              cancel: t('exchange.import.cancel'),
              submit: t('exchange.import.submit'),
            }}
            canSubmit={!demo}
            onStop={apply.cancel}
            onClose={flow.reset}
            testIdPrefix="exchange-import"
          />
          {apply.state.phase === 'cancelled' && (
            <p className="notice" role="status" data-testid="exchange-import-cancelled">
              {t('exchange.import.cancelled')}
            </p>
          )}
          {apply.state.phase === 'failed' && <ExchangeErrorNotice error={apply.state.error} />}
        </form>
      )}
    </section>
  );
}
