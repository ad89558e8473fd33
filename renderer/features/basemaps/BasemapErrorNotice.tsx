import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors.js';
import { basemapRefusals } from '../../../shared/domain/basemap.js';
import type { BasemapRefusal } from '../../../shared/domain/basemap.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { maxImportMb } from '../import/import-files.js';

/** The error's details as interpolation values (`{{code}}`, `{{megapixels}}`, `{{version}}`…). */
function detailParams(details: unknown): Record<string, string | number> {
  if (typeof details !== 'object' || details === null) return {};
  return Object.fromEntries(
    Object.entries(details).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

type Reason = BasemapRefusal | 'TOO_LARGE';
const reasons = new Set<string>([...basemapRefusals, 'TOO_LARGE']);
const isReason = (value: unknown): value is Reason => typeof value === 'string' && reasons.has(value);

/** Why a basemap file cannot be used (`basemapErrors.<reason>`); anything else goes to the app's ErrorNotice. */
export function BasemapErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const details = error instanceof ApiError && error.code === 'FILE_UNREADABLE' ? error.details : null;
  const reason = (details as { reason?: unknown } | null)?.reason;
  if (!isReason(reason)) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert" data-testid="basemap-file-error" data-reason={reason}>
      <p className="notice-summary">{t(`basemapErrors.${reason}`, { maxMb: maxImportMb, ...detailParams(details) })}</p>
    </div>
  );
}
