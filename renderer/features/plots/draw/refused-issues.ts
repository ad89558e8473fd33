import { z } from 'zod';
import { ApiError } from '../../../../shared/api/errors.js';
import { plotIssueSchema } from '../../../../shared/domain/plot-geometry.js';
import type { PlotIssue } from '../../../../shared/domain/plot-geometry.js';

const plotIssuesSchema = z.array(plotIssueSchema).min(1);

/**
 * The geometry errors of a refused save (`VALIDATION` with `details.issues`
 * as PlotIssues), or null when the error is about something else — a form
 * field's zod issues have other codes and no `level`, so they do not parse.
 */
export function refusedPlotIssues(error: unknown): PlotIssue[] | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('issues' in details)) return null;
  const parsed = plotIssuesSchema.safeParse(details.issues);
  return parsed.success ? parsed.data : null;
}
