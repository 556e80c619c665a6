/**
 * Saves text as a file on the person's device. A Blob URL keeps it local (nothing is
 * uploaded) and works under a strict Content-Security-Policy, unlike a data: URL.
 */
export function saveFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
