import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/errors.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { unreadableReasonOf } from '../import/import-errors.js';
import { maxImportMb } from '../import/import-files.js';

/** The error's details as interpolation values (`{{bands}}`, `{{code}}`, `{{megapixels}}`…). */
function detailParams(error: unknown): Record<string, string | number> {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return {};
  return Object.fromEntries(
    Object.entries(error.details).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

/**
 * Why a hazard file cannot be used, in the user's words: the import
 * readers' reasons (`importErrors.<reason>`, with the error's details such
 * as the band count filled in), except "no features", which for a hazard
 * layer means "no polygons". Anything else goes to the app's ErrorNotice.
 */
export function LayerErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reason = unreadableReasonOf(error);
  if (reason === null) return <ErrorNotice error={error} />;
  const text =
    reason === 'NO_FEATURES'
      ? t('layers.add.noPolygons')
      : t(`importErrors.${reason}`, { maxMb: maxImportMb, ...detailParams(error) });
  return (
    <div className="notice notice-error" role="alert" data-testid="layer-file-error" data-reason={reason}>
      <p className="notice-summary">{text}</p>
    </div>
  );
}
