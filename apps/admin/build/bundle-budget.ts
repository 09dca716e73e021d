import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The sign-in page's JavaScript, gzip-compressed, may not exceed this (the budget; 1 KB = 1000 bytes). */
export const INITIAL_JS_BUDGET_BYTES = 250_000;

/** One chunk of Vite's `.vite/manifest.json`. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface InitialAsset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialLoad {
  js: InitialAsset[];
  css: InitialAsset[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

function isManifestChunk(value: unknown): value is ManifestChunk {
  return typeof value === 'object' && value !== null && 'file' in value && typeof value.file === 'string';
}

function readManifest(dist: string): Manifest {
  const parsed: unknown = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('.vite/manifest.json is not an object');
  const manifest: Manifest = {};
  for (const [key, chunk] of Object.entries(parsed)) {
    if (isManifestChunk(chunk)) manifest[key] = chunk;
  }
  return manifest;
}

/** The entry chunk of `htmlEntry` and every chunk it imports statically (what the browser modulepreloads). */
function staticClosure(manifest: Manifest, htmlEntry: string): ManifestChunk[] {
  const seen = new Map<string, ManifestChunk>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`.vite/manifest.json has no chunk ${key}`);
    if (seen.has(key)) return;
    seen.set(key, chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(htmlEntry);
  return [...seen.values()];
}

/** Scripts, modulepreloads and stylesheets that an HTML page of the build names. */
function assetsNamedBy(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const url = /\b(?:src|href)="\/([^"]+\.(?:js|css))"/.exec(tag)?.[1];
    return url ? [url] : [];
  });
}

function measure(dist: string, file: string): InitialAsset {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/**
 * What a first visit to `htmlEntry` (default: the sign-in page, index.html) downloads before it can run: the
 * entry chunk, everything it imports statically, and whatever else the HTML names, with their gzip sizes.
 */
export function measureInitialLoad(dist: string, htmlEntry = 'index.html'): InitialLoad {
  const manifest = readManifest(dist);
  const files = new Set<string>();
  for (const chunk of staticClosure(manifest, htmlEntry)) {
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  for (const file of assetsNamedBy(readFileSync(join(dist, htmlEntry), 'utf8'))) files.add(file);
  const assets = [...files].map((file) => measure(dist, file)).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const js = assets.filter((asset) => asset.file.endsWith('.js'));
  const css = assets.filter((asset) => asset.file.endsWith('.css'));
  const sum = (list: InitialAsset[]) => list.reduce((total, asset) => total + asset.gzipBytes, 0);
  return { js, css, jsGzipBytes: sum(js), cssGzipBytes: sum(css) };
}

export function isBuilt(dist: string): boolean {
  return existsSync(join(dist, 'index.html')) && existsSync(join(dist, '.vite', 'manifest.json'));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** A table of the initial load, largest first, for the test's output. */
export function describeInitialLoad(load: InitialLoad): string {
  const rows = [...load.js, ...load.css].map(
    (asset) => `  ${kb(asset.gzipBytes).padStart(9)} gzip  ${kb(asset.bytes).padStart(9)} raw  ${asset.file}`,
  );
  return [
    `sign-in page: ${load.js.length} JS files, ${kb(load.jsGzipBytes)} gzip ` +
      `(budget ${kb(INITIAL_JS_BUDGET_BYTES)}); ${load.css.length} CSS files, ${kb(load.cssGzipBytes)} gzip`,
    ...rows,
  ].join('\n');
}
