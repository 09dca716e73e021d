import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** The image types an emblem may be, by file extension. */
const EMBLEM_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};
/** An emblem is a small picture for the menu and the sign-in page. */
export const MAX_EMBLEM_BYTES = 512 * 1024;
export const EMBLEM_PATH = '/region/emblem';

export type Emblem = { body: Buffer; contentType: string; etag: string };

/**
 * Reads FORMASI_REGION_EMBLEM with the rest of the configuration, so a wrong path, type or size stops the server
 * with a clear message instead of a broken image later.
 */
export function readEmblem(path: string | undefined): Emblem | null {
  if (!path) return null;
  const contentType = EMBLEM_TYPES[extname(path).toLowerCase()];
  if (!contentType) {
    throw new Error(`${path} is not one of ${Object.keys(EMBLEM_TYPES).join(', ')}`);
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`${path} cannot be read`);
  }
  if (size > MAX_EMBLEM_BYTES) {
    throw new Error(`${path} is over ${MAX_EMBLEM_BYTES / 1024} KB`);
  }
  const body = readFileSync(path);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, contentType, etag };
}
