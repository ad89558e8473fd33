import { useTranslation } from 'react-i18next';
import { packageRefusalReasons } from '../../../shared/api/exchange.js';
import type { PackageRefusalReason } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { maxImportMb } from '../import/import-files.js';

const isRefusal = (reason: unknown): reason is PackageRefusalReason =>
  typeof reason === 'string' && (packageRefusalReasons as readonly string[]).includes(reason);

/** A file too large for browser mode, told apart before it is read (see use-package-import.ts). */
export class PackageTooLarge extends Error {}

/**
 * Why a package was refused (`exchange.refusals.<reason>`), in plain words,
 * with the core's own message folded away for a support call. Any other
 * error: the app's notice.
 */
export function ExchangeErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof PackageTooLarge) {
    return (
      <div className="notice notice-error" role="alert" data-testid="exchange-refusal" data-reason="TOO_LARGE">
        <p className="notice-summary">{t('exchange.import.tooLarge', { maxMb: maxImportMb })}</p>
      </div>
    );
  }
  const reason = error instanceof ApiError ? (error.details as { reason?: unknown } | undefined)?.reason : undefined;
  if (!(error instanceof ApiError) || !isRefusal(reason)) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert" data-testid="exchange-refusal" data-reason={reason}>
      <p className="notice-summary">{t(`exchange.refusals.${reason}`)}</p>
      <details className="notice-details">
        <summary>{t('exchange.problems')}</summary>
        <code>{error.message}</code>
      </details>
    </div>
  );
}
