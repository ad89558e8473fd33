/**
 * The tour's state, as plain data with a pure reducer: where it is, whether
 * it shows, and the step it was left at (so "Continuar" resumes there after
 * a section change or a close). Lives in memory only: a restart starts over.
 */
export interface TourState {
  readonly open: boolean;
  /** 0-based index of the current (or last shown) step. */
  readonly index: number;
}

export type TourAction =
  | { readonly type: 'start' }
  | { readonly type: 'resume' }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'goTo'; readonly index: number }
  | { readonly type: 'close' }
  | { readonly type: 'finish' };

export const initialTourState: TourState = { open: false, index: 0 };

const clampIndex = (index: number, stepCount: number): number =>
  Math.min(Math.max(Math.trunc(index), 0), Math.max(stepCount - 1, 0));

export function tourReducer(state: TourState, action: TourAction, stepCount: number): TourState {
  switch (action.type) {
    case 'start':
      return { open: true, index: 0 };
    case 'resume':
      return { open: true, index: clampIndex(state.index, stepCount) };
    case 'next':
      return { ...state, index: clampIndex(state.index + 1, stepCount) };
    case 'previous':
      return { ...state, index: clampIndex(state.index - 1, stepCount) };
    case 'goTo':
      return { ...state, index: clampIndex(action.index, stepCount) };
    case 'close':
      // The step is kept: the Taller panel offers to continue from it.
      return { ...state, open: false };
    case 'finish':
      // Done: the next start is from the beginning.
      return initialTourState;
    default: {
      const unexpected: never = action;
      throw new Error(`Unknown tour action ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The step to offer to continue from, or null when the tour would start from the beginning anyway. */
export const resumableIndex = (state: TourState): number | null => (state.index > 0 ? state.index : null);
