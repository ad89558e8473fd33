import { useSyncExternalStore } from 'react';
import { initialTourState, tourReducer } from './tour-state.js';
import type { TourAction, TourState } from './tour-state.js';
import { tourSteps } from './tour-steps.js';

/**
 * One tour for the whole window, outside React's tree: the overlay, the
 * Taller panel and the status bar button all read and drive the same state,
 * and it survives the section changes that unmount pages. Memory only.
 */
let state: TourState = initialTourState;
const listeners = new Set<() => void>();

export function dispatchTour(action: TourAction): void {
  const next = tourReducer(state, action, tourSteps.length);
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTourState(): TourState {
  return useSyncExternalStore(subscribe, () => state);
}
