import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/errors.js';
import { isUnreachable } from '../api/transport.js';
import { fieldIssuesOf } from './validation-issues.js';

interface ErrorNoticeProps {
  readonly error: unknown;
  /** Translated label of a form field, for the issues of a VALIDATION error. */
  readonly fieldLabel?: (field: string) => string | undefined;
}

/**
 * Shows an error in the user's language: the translated code, and for
 * VALIDATION the field-by-field issues. The core's English `message` stays
 * folded in a <details> for support calls, never as the main text.
 */
export function ErrorNotice({ error, fieldLabel }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const summary = !apiError
    ? t('errors.INTERNAL')
    : isUnreachable(apiError.details)
      ? t('errors.unreachable')
      : t(`errors.${apiError.code}`);
  const issues = apiError?.code === 'VALIDATION' ? fieldIssuesOf(apiError.details) : [];
  const technical = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice-error" role="alert" data-testid="error-notice" data-error-code={apiError?.code}>
      <p className="notice-summary">{summary}</p>
      {issues.length > 0 && (
        <ul className="notice-issues">
          {issues.map((issue, index) => (
            <li key={index} data-field={issue.field}>
              <strong>{fieldLabel?.(issue.field) ?? (issue.field || t('validation.general'))}:</strong>{' '}
              {issue.code ? t(`validation.${issue.code}`) : issue.message}
            </li>
          ))}
        </ul>
      )}
      {issues.length === 0 && technical !== '' && (
        <details className="notice-details">
          <summary>{apiError?.code ?? 'Error'}</summary>
          <code>{technical}</code>
        </details>
      )}
    </div>
  );
}
