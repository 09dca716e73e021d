import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts other than TrueType already are compressed. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|ttf|otf|wasm)$/;
/** Below this a compressed copy saves less than the headers it adds. */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality (11) costs seconds per megabyte. The admin's chunks are smaller than the first step and
 * get it; the few big ones (GraphiQL's editor, the XLSX writer) trade half a percent of size for a faster build.
 */
function brotliQuality(size: number): number {
  if (size <= 400_000) return constants.BROTLI_MAX_QUALITY;
  return size <= 1_000_000 ? 10 : 9;
}

/** Writes `<file>.br` and `<file>.gz` next to `file` when they are smaller; returns how many it wrote. */
export async function precompressFile(file: string): Promise<number> {
  const content = await readFile(file);
  if (content.length < MIN_BYTES) return 0;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(content.length),
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ]);
  const written = [
    br.length < content.length ? writeFile(`${file}.br`, br) : undefined,
    gz.length < content.length ? writeFile(`${file}.gz`, gz) : undefined,
  ].filter((write) => write !== undefined);
  await Promise.all(written);
  return written.length;
}

/**
 * Precompresses the build: every text file Vite wrote gets a brotli and a gzip copy beside it, which the API
 * sends by Accept-Encoding (apps/api/src/admin-assets.ts) instead of compressing on each request.
 */
export function precompressPlugin(): Plugin {
  return {
    name: 'formasi:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const files = Object.keys(bundle).filter(
        (name) => COMPRESSIBLE.test(name) && !name.startsWith('.vite/'),
      );
      // All at once: zlib's thread pool runs them side by side.
      const written = await Promise.all(files.map((name) => precompressFile(join(dir, name))));
      this.info(`precompressed ${written.reduce((sum, count) => sum + count, 0)} files (brotli and gzip)`);
    },
  };
}
