import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAssets, chooseEncoding } from './admin-assets.js';

const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "row ${i}" }`)}];\n`;
const STYLE = `.row { color: #123456; }\n`.repeat(200);
const INDEX = `<!doctype html><title>Formasi admin</title>${'<!-- padding -->'.repeat(100)}`;
const HASHED = '/assets/main-Ab12_x-Z.js';

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };
let server: Server;
let base: URL;
let parent: string;

/** A raw HTTP request: no client-side decompression and no normalisation of `..` in the path. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: base.hostname, port: base.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'formasi-admin-assets-'));
  const dist = join(parent, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await mkdir(join(dist, '.vite'));
  await writeFile(join(parent, 'secret.txt'), 'not for the web');
  await writeFile(join(dist, '.vite', 'manifest.json'), '{"secret":"manifest"}');
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'graphiql.html'), '<!doctype html><title>Formasi GraphiQL</title>');
  // The build's copies, as the admin's precompress plugin writes them.
  await writeFile(join(dist, HASHED), SCRIPT);
  await writeFile(join(dist, `${HASHED}.br`), brotliCompressSync(SCRIPT));
  await writeFile(join(dist, `${HASHED}.gz`), gzipSync(SCRIPT));
  // No copies: compressed once in memory. A stale copy (older than its file) is ignored.
  await writeFile(join(dist, 'assets', 'style-Cd34ef56.css'), STYLE);
  await writeFile(join(dist, 'assets', 'style-Cd34ef56.css.gz'), gzipSync('stale'));
  await utimes(join(dist, 'assets', 'style-Cd34ef56.css.gz'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  await writeFile(join(dist, 'assets', 'logo-Ef56gh78.png'), Buffer.alloc(4096, 7));
  await writeFile(join(dist, 'assets', 'tiny-Gh78ij90.js'), 'export {};');
  await writeFile(join(dist, 'robots.txt'), 'User-agent: *\n'.repeat(100));

  const app = express();
  app.use(adminAssets(dist));
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ready) => server.once('listening', ready));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await new Promise<void>((closed) => server.close(() => closed()));
  await rm(parent, { recursive: true, force: true });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity', 'identity'],
    ['', 'identity'],
  ])('answers %j with %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
  it('answers no header with identity', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
  });
});

describe('admin assets over HTTP', () => {
  it('sends the build’s brotli copy to clients that accept brotli, gzip to the others, and plain text otherwise', async () => {
    const br = await get(HASHED, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get(HASHED, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get(HASHED);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    for (const answer of [br, gz, plain]) expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('compresses a file without a fresh copy once, in memory, and gives every client the same bytes', async () => {
    const first = await get('/assets/style-Cd34ef56.css', { 'accept-encoding': 'gzip' });
    const second = await get('/assets/style-Cd34ef56.css', { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(first.body).toString()).toBe(STYLE);
    expect(second.body.equals(first.body)).toBe(true);
    const br = await get('/assets/style-Cd34ef56.css', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(br.body).toString()).toBe(STYLE);
  });

  it('leaves images and tiny files uncompressed', async () => {
    const png = await get('/assets/logo-Ef56gh78.png', { 'accept-encoding': 'br, gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.length).toBe(4096);
    const tiny = await get('/assets/tiny-Gh78ij90.js', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};');
  });

  it('caches hashed assets for a year, revalidates the HTML and caches other files for an hour', async () => {
    expect((await get(HASHED)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/logo-Ef56gh78.png')).headers['cache-control']).toContain('immutable');
    for (const path of ['/', '/index.html', '/positions/42', '/graphiql', '/graphiql.html']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
    expect((await get('/robots.txt')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers a revalidation of an unchanged file with 304, per encoding', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(first.headers['content-encoding']).toBe('br');
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(otherEncoding.status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const head = await get(HASHED, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('serves GraphiQL at /graphiql and the SPA shell for client routes, but not for the API or missing assets', async () => {
    expect((await get('/graphiql')).body.toString()).toContain('Formasi GraphiQL');
    expect((await get('/graphiql/')).body.toString()).toContain('Formasi GraphiQL');
    for (const path of ['/', '/positions', '/positions/42?q=guru&page=2', '/needs/7/compare']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toMatch(/text\/html/);
      expect(answer.body.toString(), path).toBe(INDEX);
    }
    for (const path of ['/assets/main-00000000.js', '/assets/', `${HASHED}.br`]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain('Formasi admin');
    }
    for (const path of ['/graphql', '/graphql/anything', '/healthz']) {
      expect((await get(path)).body.toString(), path).not.toContain('Formasi admin');
    }
  });

  it('never serves a file outside the build or a hidden one', async () => {
    const attempts = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/.vite/manifest.json',
      '/%2evite/manifest.json',
      '/index.html%00.png',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const answer = await get(path);
      expect(answer.body.toString(), path).not.toMatch(/not for the web|manifest/);
      expect([200, 400, 404], path).toContain(answer.status);
    }
  });
});
