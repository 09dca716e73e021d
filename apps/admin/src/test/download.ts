import { vi } from 'vitest';

export interface CapturedDownload {
  fileName: string;
  bytes: Uint8Array;
  /** The content decoded as UTF-8 with the byte order mark kept. */
  text: string;
}

/**
 * Captures files handed to the browser's download (object URL + link click) instead of navigating; restore with
 * `vi.restoreAllMocks()`.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (blob instanceof Blob) blobs.push(blob);
    return `blob:download-${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.at(-1);
    if (!blob) return;
    const fileName = this.download;
    void blob.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      downloads.push({ fileName, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    });
  });
  return downloads;
}
