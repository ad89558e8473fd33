import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields, importOnlyReasonCodes } from '../../../shared/domain/import.js';
import type { ImportField, ImportReason } from '../../../shared/domain/import.js';
import type { PlotIssueCode } from '../../../shared/domain/plot-geometry.js';

type ImportOnlyCode = (typeof importOnlyReasonCodes)[number];

const isImportOnly = (code: ImportReason['code']): code is ImportOnlyCode =>
  (importOnlyReasonCodes as readonly string[]).includes(code);
const isField = (value: unknown): value is ImportField => (importFields as readonly unknown[]).includes(value);

/**
 * A verdict's reason in words. The plot rules keep the texts the map shows
 * (`plotIssues.<code>`, plots.json); the import's own reasons are
 * `importReasons.<code>`. INVALID_VALUE names the field in the user's language.
 */
export function useReasonText(): (reason: ImportReason) => string {
  const { t } = useTranslation();
  return useCallback(
    (reason: ImportReason) => {
      const { code } = reason;
      if (!isImportOnly(code)) return t(`plotIssues.${code satisfies PlotIssueCode}`, reason.params);
      const field = reason.params.field;
      const params = isField(field) ? { ...reason.params, field: t(`importWizard.fields.${field}`) } : reason.params;
      return t(`importReasons.${code}`, params);
    },
    [t],
  );
}
