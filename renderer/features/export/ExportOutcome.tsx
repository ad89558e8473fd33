import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { JobProgressBar, knownProgress } from '../../components/JobProgressBar.js';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import { ExportSkipped } from './ExportSkipped.js';
import type { ExportJobState } from './use-export-job.js';

/** Bytes a base64 text decodes to, for showing file sizes without decoding again. */
const base64Bytes = (text: string): number => Math.floor((text.length * 3) / 4) - (text.match(/=+$/)?.[0].length ?? 0);

/** The export running (progress, cancel), or the files it saved and the plots it left out. */
export function ExportOutcome({ state, onCancel }: { state: ExportJobState; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const known = knownProgress(state.progress);
      return (
        <div className="export-outcome">
          <div className="job-progress">
            <JobProgressBar progress={state.progress} label={t('exportPanel.running')} testId="export-progress" />
            <span role="status">
              {known
                ? t('exportPanel.progress', {
                    done: format.number(known.done),
                    total: format.number(known.total),
                  })
                : t('exportPanel.running')}
            </span>
          </div>
          <button
            type="button"
            className="button button-quiet"
            onClick={onCancel}
            disabled={state.cancelling}
            data-testid="export-cancel"
          >
            {t('common.cancel')}
          </button>
        </div>
      );
    }
    case 'done': {
      const result = state.value;
      return (
        <div className="export-outcome" data-testid="export-result">
          <p className="notice notice-success" role="status">
            {t('exportPanel.done', {
              count: result.plotCount,
              total: format.number(result.plotCount),
              files: format.number(result.files.length),
            })}
          </p>
          <ul className="export-files">
            {result.files.map((file) => (
              <li key={file.fileName} data-testid="export-file">
                <code>{file.fileName}</code> · {format.bytes(base64Bytes(file.dataBase64))}
              </li>
            ))}
          </ul>
          <ExportSkipped skipped={result.skipped} />
        </div>
      );
    }
    case 'cancelled':
      return (
        <p className="notice" role="status" data-testid="export-cancelled">
          {t('exportPanel.cancelled')}
        </p>
      );
    case 'failed':
      return <ErrorNotice error={state.error} />;
    default:
      return assertNever(state, 'export job phase');
  }
}
