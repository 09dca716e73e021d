#!/usr/bin/env node
// `pnpm test`: every check of every package, in the order a failure is cheapest to find. Each step's output
// streams through; the last line sums the tests of every Vitest run ("N passed, N failed").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'formasi-test-reports-'));
const vitestReport = (name) => [
  `--reporter=default`,
  `--reporter=json`,
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  ['lint (eslint + prettier)', ['run', 'lint']],
  ['drift: schema.graphql', ['--filter', '@formasi/api', 'run', 'schema:emit', '--check']],
  ['drift: generated admin types', ['run', 'codegen:check']],
  ['typecheck', ['run', 'typecheck']],
  ['build', ['run', 'build']],
  ['core unit tests', ['--filter', '@formasi/core', 'run', 'test', ...vitestReport('core')]],
  [
    'api integration tests (SQLite + PostgreSQL)',
    ['--filter', '@formasi/api', 'run', 'test', ...vitestReport('api')],
  ],
  ['admin component tests', ['--filter', '@formasi/admin', 'run', 'test', ...vitestReport('admin')]],
  ['browser end-to-end tests', ['--filter', '@formasi/admin', 'run', 'e2e', ...vitestReport('e2e')]],
];

const pnpm =
  process.env.npm_execpath && process.env.npm_execpath.includes('pnpm') ? process.env.npm_execpath : null;
const started = Date.now();
let failedStep = null;
for (const [title, args] of steps) {
  process.stdout.write(`\n\u25B6 ${title}\n`);
  const result = pnpm
    ? spawnSync(process.execPath, [pnpm, ...args], { stdio: 'inherit' })
    : spawnSync('pnpm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    failedStep = title;
    break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['core', 'api', 'admin', 'e2e']) {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
rmSync(reports, { recursive: true, force: true });

const seconds = Math.round((Date.now() - started) / 1000);
if (failedStep) {
  process.stdout.write(`\n\u2716 "${failedStep}" failed after ${seconds} s\n`);
  process.stdout.write(`${passed} passed, ${Math.max(failed, 1)} failed, ${skipped} skipped\n`);
  process.exit(1);
}
process.stdout.write(`\n\u2714 every check passed in ${seconds} s\n`);
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
