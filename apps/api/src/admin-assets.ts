import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

/** Vite's output names (`assets/<name>-<8-character hash>.<ext>`) change with their content: cache for a year. */
const HASHED_ASSET = /^\/assets\/.+-[\w-]{8}\.\w+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The HTML names the current hashes, so browsers revalidate it (a 304 when unchanged) on every visit. */
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=3600';
/** Text formats sent compressed; images and woff fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|ttf|otf|wasm)$/;
/** Smaller files are not worth a compressed copy (the build writes none either). */
const MIN_COMPRESS_BYTES = 1024;
/** Paths that belong to the API, never to the SPA's client-side routes. */
const API_PATH = /^\/(?:graphql|healthz)/;

export type Encoding = 'br' | 'gzip' | 'identity';
const FILE_SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/** The best encoding the client accepts: brotli, then gzip (the higher q-value wins, brotli on a tie). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : 'identity';
}

/** The file under `root` that a URL path names, or undefined for anything outside it, hidden or a compressed copy. */
export function assetFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || /\.(?:br|gz)$/.test(decoded)) return undefined;
  if (decoded.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root + sep) ? file : undefined;
}

async function fileStats(file: string) {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

type Body = { kind: 'file'; path: string; size: number } | { kind: 'memory'; content: Buffer };
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Where each encoding of a file comes from: the build's precompressed copy beside it (`.br`, `.gz`) when it is at
 * least as new as the file, else compressed once in memory and kept for as long as the file is unchanged.
 */
class CompressedCopies {
  private readonly memory = new Map<string, Promise<Buffer>>();

  async body(file: string, size: number, mtimeMs: number, encoding: Encoding): Promise<Body> {
    if (encoding === 'identity') return { kind: 'file', path: file, size };
    const copy = `${file}${FILE_SUFFIX[encoding]}`;
    const copyStats = await fileStats(copy);
    if (copyStats && copyStats.mtimeMs >= mtimeMs) return { kind: 'file', path: copy, size: copyStats.size };
    const key = `${encoding}:${mtimeMs}:${file}`;
    let compressed = this.memory.get(key);
    if (!compressed) {
      compressed = this.compress(file, encoding);
      this.memory.set(key, compressed);
      compressed.catch(() => this.memory.delete(key));
    }
    return { kind: 'memory', content: await compressed };
  }

  private async compress(file: string, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
    const content = await readFile(file);
    return encoding === 'br'
      ? brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipAsync(content, { level: 9 });
  }
}

function cacheControl(urlPath: string, file: string): string {
  if (extname(file) === '.html') return REVALIDATE;
  return HASHED_ASSET.test(urlPath) ? IMMUTABLE : SHORT;
}

/** Sends one file of the build with its cache policy, in the best encoding the client accepts. */
async function sendAsset(
  req: Request,
  res: Response,
  copies: CompressedCopies,
  asset: { file: string; size: number; mtimeMs: number; cacheControl: string },
): Promise<void> {
  const compressible = COMPRESSIBLE.test(asset.file) && asset.size >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? chooseEncoding(req.get('accept-encoding')) : 'identity';
  res.type(extname(asset.file));
  res.setHeader('Cache-Control', asset.cacheControl);
  if (compressible) res.vary('Accept-Encoding');
  const version = `${asset.size.toString(16)}-${Math.floor(asset.mtimeMs).toString(16)}`;
  res.setHeader('ETag', `W/"${version}${encoding === 'identity' ? '' : `-${encoding}`}"`);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const body = await copies.body(asset.file, asset.size, asset.mtimeMs, encoding);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.kind === 'file' ? body.size : body.content.length);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (body.kind === 'memory') {
    res.end(body.content);
    return;
  }
  const stream = createReadStream(body.path);
  stream.on('error', (error) => res.destroy(error));
  stream.pipe(res);
}

/**
 * The built admin (`apps/admin/dist`): its files, GraphiQL at /graphiql, and index.html for the SPA's client-side
 * routes. Missing files under /assets/ are 404s (a stale page must not get HTML for its scripts); /graphql and
 * /healthz are left to the API. Only GET and HEAD; nothing outside `dist`, nothing hidden (e.g. `.vite/`).
 */
export function adminAssets(dist: string): Router {
  const root = resolve(dist);
  const copies = new CompressedCopies();
  const router = express.Router();

  const serve = async (req: Request, res: Response, next: NextFunction, urlPath: string) => {
    const file = assetFile(root, urlPath);
    const stats = file ? await fileStats(file) : undefined;
    if (!file || !stats) return next();
    const asset = {
      file,
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      cacheControl: cacheControl(urlPath, file),
    };
    await sendAsset(req, res, copies, asset);
  };

  router.get(['/graphiql', '/graphiql/'], (req, res, next) => serve(req, res, next, '/graphiql.html'));
  router.get(/.*/, (req, res, next) => serve(req, res, next, req.path));
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith('/assets/')) {
      res.status(404).type('text').send('Not found');
      return;
    }
    if (API_PATH.test(req.path)) return next();
    return serve(req, res, next, '/index.html');
  });
  return router;
}
