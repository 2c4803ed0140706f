/** The file name of the single-file download. */
export const DOWNLOAD_FILE_NAME = 'manifests.yaml';

/** Saves a blob as a file through the browser's download, without any server. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a file. */
export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/yaml' }), fileName);
}

/** Saves bytes (a ZIP) as a file. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  // A copy whose buffer is a plain ArrayBuffer, which is what a Blob part must be.
  downloadBlob(new Blob([new Uint8Array(bytes)], { type }), fileName);
}
