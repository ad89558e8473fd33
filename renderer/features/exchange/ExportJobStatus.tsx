import { useTranslation } from 'react-i18next';
import type { PackageWritten } from '../../../shared/api/exchange.js';
import type { JobState } from '../../api/use-job.js';
import { JobProgressBar } from '../../components/JobProgressBar.js';
import { useFormat } from '../../i18n/use-format.js';

interface ExportJob {
  readonly state: JobState<PackageWritten>;
  readonly cancel: () => void;
}

/** The export while it runs (progress, Stop) and once written (file, entries, size); failures are the card's. */
export function ExportJobStatus({ job }: { job: ExportJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = job;
  if (state.phase === 'running') {
    return (
      <div className="job-progress">
        <JobProgressBar
          progress={state.progress}
          label={t('exchange.export.running')}
          testId="exchange-export-progress"
        />
        <span role="status">{t('exchange.export.running')}</span>
        <button
          type="button"
          className="button"
          onClick={job.cancel}
          disabled={state.cancelling}
          data-testid="exchange-export-stop"
        >
          {state.cancelling ? t('exchange.export.stopping') : t('exchange.export.stop')}
        </button>
      </div>
    );
  }
  if (state.phase === 'cancelled') {
    return (
      <p className="notice" role="status" data-testid="exchange-export-cancelled">
        {t('exchange.export.cancelled')}
      </p>
    );
  }
  if (state.phase !== 'done') return null;
  const written = state.value;
  return (
    <div className="notice notice-success" role="status" data-testid="exchange-export-result">
      <p className="notice-summary">
        {t('exchange.export.done', {
          fileName: written.fileName,
          entries: format.number(written.entries),
          size: format.bytes(written.sizeBytes),
        })}
      </p>
      {written.rasterFiles > 0 && (
        <p>{t('exchange.export.doneRasters', { count: written.rasterFiles, n: format.number(written.rasterFiles) })}</p>
      )}
    </div>
  );
}
