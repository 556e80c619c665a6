/**
 * Saves text as a file on the person's device. A Blob URL keeps it local (nothing is
 * uploaded) and works under a strict Content-Security-Policy, unlike a data: URL.
 *
 * The temporary link lives inside the widget (`within`, its shadow root) and its click
 * stops there: a page router that takes over same-origin link clicks on the document
 * would otherwise cancel the download.
 */
export function saveFile(text: string, filename: string, type: string, within: Node & ParentNode): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  link.addEventListener('click', (event) => event.stopPropagation());
  within.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
