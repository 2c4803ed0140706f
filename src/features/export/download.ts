/** The file name of the single-file download. */
export const DOWNLOAD_FILE_NAME = 'manifests.yaml';

/** Saves text as a file through the browser's download, without any server. */
export function downloadText(text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'application/yaml' });
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
