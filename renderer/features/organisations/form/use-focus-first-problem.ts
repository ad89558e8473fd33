import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { FieldProblems } from './form-issues.js';

/**
 * After a refused save, moves focus to the first field marked invalid, so a
 * keyboard or screen-reader user lands on what to fix instead of on the button.
 */
export function useFocusFirstProblem(form: RefObject<HTMLFormElement | null>, problems: FieldProblems): void {
  useEffect(() => {
    if (Object.keys(problems).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, problems]);
}
