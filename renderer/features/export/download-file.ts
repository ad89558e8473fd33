/**
 * Saves content as a file through an `<a download>` click: the browser's
 * download in browser mode, Electron's save dialog on the desktop. Used for
 * exports and the import report.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoking at once can cancel the download in Chromium before it has read the blob;
  // one minute is plenty for an in-memory blob and frees it afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Base64 (as `exports.download` returns files) to bytes. */
export function bytesFromBase64(dataBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadBase64(file: { fileName: string; mimeType: string; dataBase64: string }): void {
  downloadBlob(new Blob([bytesFromBase64(file.dataBase64)], { type: file.mimeType }), file.fileName);
}
