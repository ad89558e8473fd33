import { fileToBase64 } from '../features/import/import-files.js';

/** A file the user picked, as the core's file sources take it: a path on the desktop, the bytes in browser mode. */
export type PickedFileSource = { readonly path: string } | { readonly fileName: string; readonly dataBase64: string };

/**
 * On the desktop, the picked file's own path: the core reads it from disk,
 * with no size limit and nothing copied through the page. Browser mode has
 * no paths (null).
 */
export function desktopPathOf(file: File): string | null {
  const path = window.cafetal?.pathForFile(file);
  return path ? path : null;
}

export async function pickedFileSource(file: File): Promise<PickedFileSource> {
  const path = desktopPathOf(file);
  return path ? { path } : { fileName: file.name, dataBase64: await fileToBase64(file) };
}
