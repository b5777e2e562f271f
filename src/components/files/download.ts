/**
 * Offers text as a file download, made in the browser (no request leaves the page). The object
 * URL is revoked once the browser has had time to read it: revoking at once can cancel the
 * download in some browsers.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
