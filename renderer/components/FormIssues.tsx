import { useTranslation } from 'react-i18next';
import type { core } from 'zod';
import { issueCodes } from './validation-issues.js';
import type { IssueCode } from './validation-issues.js';

const isIssueCode = (code: string): code is IssueCode => (issueCodes as readonly string[]).includes(code);

/** An empty text that must have one character: "Este dato es obligatorio.", not "es demasiado corto". */
const isRequired = (issue: core.$ZodIssue): boolean =>
  issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1;

interface FormIssuesProps {
  /** What the schema found wrong in the form, checked before sending (the core checks again). */
  readonly issues: readonly core.$ZodIssue[];
  readonly title: string;
  /** The translated label of the input an issue's path points at. */
  readonly fieldLabel: (path: readonly PropertyKey[]) => string;
  readonly testId: string;
}

/** "Rendimiento (qq/ha): es demasiado largo o grande", one line per issue, announced when it appears. */
export function FormIssues({ issues, title, fieldLabel, testId }: FormIssuesProps) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p className="notice-summary">{title}</p>
      <ul className="notice-issues">
        {issues.map((issue, index) => (
          <li key={index} data-field={issue.path.map(String).join('.')}>
            <strong>{fieldLabel(issue.path)}:</strong>{' '}
            {isRequired(issue)
              ? t('formIssues.required')
              : isIssueCode(issue.code)
                ? t(`validation.${issue.code}`)
                : issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
