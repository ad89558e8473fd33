import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { isNeedsCrs, unreadableReasonOf } from './import-errors.js';
import { maxImportMb } from './import-files.js';

/**
 * An import error in the user's words: why the file cannot be read
 * (`importErrors.<reason>`), or that a coordinate system is needed; any other
 * error goes to the app's ErrorNotice.
 */
export function ImportErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reason = unreadableReasonOf(error);
  if (reason === null && !isNeedsCrs(error)) return <ErrorNotice error={error} />;
  const text = reason === null ? t('importReasons.NEEDS_CRS') : t(`importErrors.${reason}`, { maxMb: maxImportMb });
  return (
    <div className="notice notice-error" role="alert" data-testid="import-error" data-reason={reason ?? 'NEEDS_CRS'}>
      <p className="notice-summary">{text}</p>
    </div>
  );
}
