import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './form-issues.js';

/** Translates a field problem (`formIssues.<key>` with its parameters). */
export function useProblemText(): (problem: FieldProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(`formIssues.${problem.key}`, problem.params);
}
