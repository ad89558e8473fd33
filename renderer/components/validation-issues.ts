/** zod 4 issue codes, as the core sends them in `error.details.issues` of a VALIDATION error. */
export const issueCodes = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
] as const;
export type IssueCode = (typeof issueCodes)[number];

export interface FieldIssue {
  /** First path segment (`name`, `patch`…), or '' for the input as a whole. */
  readonly field: string;
  readonly code: IssueCode | null;
  readonly message: string;
}

const isIssueCode = (value: unknown): value is IssueCode =>
  typeof value === 'string' && (issueCodes as readonly string[]).includes(value);

/** Reads the issues out of a VALIDATION error's details; tolerant of anything else. */
export function fieldIssuesOf(details: unknown): FieldIssue[] {
  if (typeof details !== 'object' || details === null || !('issues' in details)) return [];
  const { issues } = details;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown): FieldIssue[] => {
    if (typeof issue !== 'object' || issue === null) return [];
    const path = 'path' in issue && Array.isArray(issue.path) ? (issue.path as unknown[]) : [];
    const code = 'code' in issue && isIssueCode(issue.code) ? issue.code : null;
    const message = 'message' in issue && typeof issue.message === 'string' ? issue.message : '';
    const first = path[0];
    const field = typeof first === 'string' || typeof first === 'number' ? String(first) : '';
    return [{ field, code, message }];
  });
}
