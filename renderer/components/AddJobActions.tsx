import type { JobState } from '../api/use-job.js';
import { JobProgressBar } from './JobProgressBar.js';
import './file-dialog.css';

interface AddJobActionsProps {
  readonly state: JobState<unknown>;
  /** "Añadiendo «x»…": the progress bar's label and the status line. */
  readonly runningText: string;
  readonly labels: { stop: string; stopping: string; cancel: string; submit: string };
  readonly canSubmit: boolean;
  readonly onStop: () => void;
  readonly onClose: () => void;
  /** `<prefix>-progress`, `<prefix>-stop`, `<prefix>-submit`. */
  readonly testIdPrefix: string;
}

/**
 * The buttons at the foot of an "add a file" dialog (layers, basemaps): Cancel
 * and Add while idle; a progress bar and Stop while the add job runs.
 */
export function AddJobActions(props: AddJobActionsProps) {
  const { state, labels, testIdPrefix } = props;
  return (
    <div className="file-dialog-actions">
      {state.phase === 'running' ? (
        <>
          <div className="job-progress">
            <JobProgressBar progress={state.progress} label={props.runningText} testId={`${testIdPrefix}-progress`} />
            <span role="status">{props.runningText}</span>
          </div>
          <button
            type="button"
            className="button"
            onClick={props.onStop}
            disabled={state.cancelling}
            data-testid={`${testIdPrefix}-stop`}
          >
            {state.cancelling ? labels.stopping : labels.stop}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button-quiet" onClick={props.onClose}>
            {labels.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={!props.canSubmit}
            data-testid={`${testIdPrefix}-submit`}
          >
            {labels.submit}
          </button>
        </>
      )}
    </div>
  );
}
