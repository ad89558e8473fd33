import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { isNeedsCrs } from './import-errors.js';
import { ImportErrorNotice } from './ImportErrorNotice.js';
import type { PreviewState } from './use-import-preview.js';

/** Whether the numbers on screen are current: "updating…" with progress, or why the preview failed. */
export function PreviewStatus({ preview, onChooseCrs }: { preview: PreviewState; onChooseCrs: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (preview.error !== null) {
    return (
      <div className="preview-status">
        <ImportErrorNotice error={preview.error} />
        {isNeedsCrs(preview.error) && (
          <button type="button" className="button" onClick={onChooseCrs} data-testid="import-go-to-crs">
            {t('importWizard.crs.title')}
          </button>
        )}
      </div>
    );
  }
  if (preview.fresh) return null;
  const { progress } = preview;
  const known = progress !== null && progress.total !== null && progress.total > 0;
  return (
    <div className="preview-status job-progress" data-testid="import-preview-updating">
      <progress
        aria-label={t('importWizard.preview.updating')}
        max={known ? (progress.total ?? undefined) : undefined}
        value={known ? progress.done : undefined}
      />
      <span role="status">
        {known
          ? t('importWizard.run.validating', {
              done: format.number(progress.done),
              total: format.number(progress.total ?? 0),
            })
          : t('importWizard.preview.updating')}
      </span>
    </div>
  );
}
