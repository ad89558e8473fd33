/**
 * A restore ends with a full page load (see use-restore.ts); the notice that
 * it worked survives the load in sessionStorage and is shown once after it.
 */
const KEY = 'cafetal.backups.restored';

export interface RestoredNote {
  readonly safetyFileName: string;
}

export function rememberRestore(note: RestoredNote): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    // Storage refused (private mode, quota): the restore worked all the same; only the notice is lost.
  }
}

/** The note left by a restore just before this page load, removed as it is read. */
export function takeRestoreNote(): RestoredNote | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const parsed = raw === null ? null : (JSON.parse(raw) as Partial<RestoredNote>);
    return typeof parsed?.safetyFileName === 'string' ? { safetyFileName: parsed.safetyFileName } : null;
  } catch {
    return null;
  }
}
