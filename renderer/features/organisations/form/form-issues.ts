import type { z } from 'zod';
import { ApiError } from '../../../../shared/api/errors.js';
import { fieldIssuesOf } from '../../../components/validation-issues.js';

/** Texts under `formIssues.*` (shared/i18n/<locale>/producers.json). */
export type IssueKey =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'notANumber'
  | 'notAnInteger'
  | 'invalid'
  | 'RUC_INVALID'
  | 'DNI_INVALID'
  | 'LOGO_INVALID'
  | 'taken'
  | 'nameTaken'
  | 'memberCodeTaken'
  | 'dniTaken';

/** What is wrong with one field, as a translation key and its parameters. */
export interface FieldProblem {
  readonly key: IssueKey;
  readonly params: Readonly<Record<string, string | number>>;
}
export type FieldProblems = Readonly<Partial<Record<string, FieldProblem>>>;

/** Messages the contract's schemas give their own refinements (shared/domain). */
const domainMessages = new Set<string>(['RUC_INVALID', 'DNI_INVALID', 'LOGO_INVALID']);
const isDomainMessage = (message: string): message is 'RUC_INVALID' | 'DNI_INVALID' | 'LOGO_INVALID' =>
  domainMessages.has(message);

const problem = (key: IssueKey, params: Record<string, string | number> = {}): FieldProblem => ({ key, params });

/** One zod issue, in words a user can act on ("at least 2 characters", not "too_small"). */
function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (isDomainMessage(issue.message)) return problem(issue.message);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? problem('required') : problem('tooShort', { min: Number(issue.minimum) });
      }
      return problem('tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? problem('tooLong', { max: Number(issue.maximum) })
        : problem('tooBig', { max: Number(issue.maximum) });
    case 'invalid_type':
      // zod 4 reports NaN and non-integers as invalid_type ("expected number" / "expected int").
      return issue.expected === 'int' ? problem('notAnInteger') : problem('notANumber');
    default:
      return problem('invalid');
  }
}

/** The first problem of each field of a failed `schema.safeParse()`. */
export function problemsFromZod(error: z.ZodError): FieldProblems {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    problems[field] ??= problemOf(issue);
  }
  return problems;
}

const conflictKeys: Readonly<Record<string, IssueKey>> = {
  name: 'nameTaken',
  memberCode: 'memberCodeTaken',
  dni: 'dniTaken',
};

/**
 * Field problems in a server error: a CONFLICT names its field in
 * `details.field` (and who holds the value in `details.existingName`); a
 * VALIDATION error lists issues. Null when the error is about no field, so
 * the caller shows it as a general notice.
 */
export function problemsFromApiError(error: unknown): FieldProblems | null {
  if (!(error instanceof ApiError) || typeof error.details !== 'object' || error.details === null) return null;
  const details = error.details as { field?: unknown; existingName?: unknown };
  if (error.code === 'CONFLICT' && typeof details.field === 'string') {
    const name = typeof details.existingName === 'string' ? details.existingName : '';
    return { [details.field]: problem(conflictKeys[details.field] ?? 'taken', { name }) };
  }
  if (error.code === 'VALIDATION') {
    const issues = fieldIssuesOf(error.details).filter((issue) => issue.field !== '');
    if (issues.length === 0) return null;
    return Object.fromEntries(
      issues.map((issue) => [issue.field, problem(isDomainMessage(issue.message) ? issue.message : 'invalid')]),
    );
  }
  return null;
}

/**
 * Shown above the buttons when the form itself refused the values: the same
 * translated VALIDATION summary the core's refusal would give. The empty
 * message keeps ErrorNotice from folding a technical text under it.
 */
export const formValidationError = new ApiError('VALIDATION', '');
