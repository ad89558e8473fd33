import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlotIssue } from '../../../shared/domain/plot-geometry.js';
import { DECLARED_AREA_TOLERANCE } from '../../../shared/geo/plot-analysis.js';
import { useFormat } from '../../i18n/use-format.js';

/** Params holding hectares; they are shown with the locale's digits and up to four decimals. */
const HECTARE_PARAMS = new Set(['areaHa', 'minHa', 'maxHa', 'declaredHa', 'overlapHa']);

const levelKeys = {
  error: 'plots.issueLevels.error',
  warning: 'plots.issueLevels.warning',
  info: 'plots.issueLevels.info',
} as const;

/** Errors first, then warnings, then notes: what blocks saving is read first. */
const levelOrder = { error: 0, warning: 1, info: 2 } as const;

export function useIssueText(): (issue: PlotIssue) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (issue) => {
    const params: Record<string, string> = {
      tolerancePct: format.number(DECLARED_AREA_TOLERANCE * 100),
    };
    for (const [name, value] of Object.entries(issue.params)) {
      params[name] =
        typeof value === 'number'
          ? format.number(value, { maximumFractionDigits: HECTARE_PARAMS.has(name) ? 4 : 2 })
          : value;
    }
    return t(`plotIssues.${issue.code}`, params as TOptions);
  };
}

interface PlotIssueListProps {
  readonly issues: readonly PlotIssue[];
  readonly testId: string;
  /** Shown when there is nothing to say; omit to render nothing. */
  readonly emptyText?: string;
}

/** Validation findings in the user's language, each marked with its level for screen readers too. */
export function PlotIssueList({ issues, testId, emptyText }: PlotIssueListProps) {
  const { t } = useTranslation();
  const text = useIssueText();
  if (issues.length === 0) {
    return emptyText ? (
      <p className="plot-issues-empty muted" data-testid={testId}>
        {emptyText}
      </p>
    ) : null;
  }
  const sorted = [...issues].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
  return (
    <ul className="plot-issues" data-testid={testId}>
      {sorted.map((issue, index) => (
        <li key={`${issue.code}-${index}`} className={`plot-issue plot-issue-${issue.level}`} data-code={issue.code}>
          <span className="plot-issue-level">{t(levelKeys[issue.level])}:</span> {text(issue)}
        </li>
      ))}
    </ul>
  );
}
