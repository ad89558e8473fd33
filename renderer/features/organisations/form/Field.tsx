import './form.css';
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { FieldProblem } from './form-issues.js';
import { useProblemText } from './use-problem-text.js';

/** Spread onto the field's input, select or textarea. */
export interface ControlProps {
  readonly id: string;
  readonly 'data-testid': string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

interface FieldProps {
  readonly label: string;
  /** The control's test id; its problem is `<testId>-problem`. */
  readonly testId: string;
  readonly problem: FieldProblem | undefined;
  readonly hint?: ReactNode;
  readonly className?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * A labelled control with its problem written right under it and tied to it
 * with aria-describedby, so a screen reader reads the label, the value and
 * what is wrong together.
 */
export function Field({ label, testId, problem, hint, className, children }: FieldProps) {
  const id = useId();
  const problemText = useProblemText();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [problem ? problemId : '', hint ? hintId : ''].filter((part) => part !== '').join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'data-testid': testId,
        'aria-invalid': problem ? true : undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {problem && (
        <p id={problemId} className="field-problem" data-testid={`${testId}-problem`}>
          {problemText(problem)}
        </p>
      )}
    </div>
  );
}
