import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The monorepo root (this file lives in apps/admin/e2e/support). */
export const repoRoot = resolve(import.meta.dirname, '../../../..');

/** Built artefacts the production server needs; `pnpm build` produces both. */
export const apiMainJs = resolve(repoRoot, 'apps/api/dist/main.js');
export const adminIndexHtml = resolve(repoRoot, 'apps/admin/dist/index.html');
export const adminGraphiqlHtml = resolve(repoRoot, 'apps/admin/dist/graphiql.html');

/** Screenshots and the server log; gitignored. */
export const artifactsDir = resolve(repoRoot, 'test-artifacts');

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}
