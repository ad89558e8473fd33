import type { Section } from '../../../shell/routes.js';
import type { TourStep, TourTarget } from './tour-steps.js';

/** Where a step points right now. */
export type StepTarget<E> =
  /** The step belongs to another section than the one on screen (the trainer navigated away). */
  | { readonly kind: 'elsewhere'; readonly section: Section }
  /** One of the step's marks is on screen; `fallback` says it is not the first (preferred) one. */
  | { readonly kind: 'found'; readonly target: TourTarget; readonly element: E; readonly fallback: boolean }
  /** None of its marks is on screen (no plots yet, a page still loading): the bubble shows centred with a hint. */
  | { readonly kind: 'missing' };

/**
 * The first of the step's marks that `find` sees, in the step's order. `find`
 * returns null for a mark that is absent or not shown (the DOM lookup lives
 * in the caller, so this stays testable without a page).
 */
export function resolveStep<E>(
  step: TourStep,
  currentSection: Section,
  find: (target: TourTarget) => E | null,
): StepTarget<E> {
  if (currentSection !== step.section) return { kind: 'elsewhere', section: step.section };
  for (const [index, target] of step.targets.entries()) {
    const element = find(target);
    if (element !== null) return { kind: 'found', target, element, fallback: index > 0 };
  }
  return { kind: 'missing' };
}
