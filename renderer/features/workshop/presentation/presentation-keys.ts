/** The parts of a keydown the shortcuts look at. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export type PresentationKeyAction = 'toggle' | 'exit';

/**
 * F5 (what slide software uses to start a show) or Ctrl+Shift+P (⌘⇧P on a
 * Mac) toggles presentation mode; Esc leaves it. Anything else: null.
 */
export function presentationKeyAction(press: KeyPress, active: boolean): PresentationKeyAction | null {
  const command = press.ctrlKey || press.metaKey;
  if (press.key === 'F5' && !command && !press.altKey && !press.shiftKey) return 'toggle';
  if (command && press.shiftKey && !press.altKey && press.key.toLowerCase() === 'p') return 'toggle';
  if (press.key === 'Escape' && active && !command && !press.altKey) return 'exit';
  return null;
}
