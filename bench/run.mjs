#!/usr/bin/env node
// `pnpm bench`: the admin's and the README's operations against Formasi's production build, PostGraphile 4 and a
// one-statement SQL floor on the same PostgreSQL database, interleaved, with autocannon in a separate process.
// Prints figures and PASS/FAIL per target; exits non-zero for a missed target only with --strict. See README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, USAGE } from './lib/args.mjs';
import { BENCH_DIR, ensurePeers, REPO_DIR } from './lib/peers.mjs';

const log = (message) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const NO_DATABASE = `DATABASE_URL is not set: the bench needs a PostgreSQL database filled with data, e.g.

  DATABASE_URL=postgres://postgres@127.0.0.1:5432/formasi_province pnpm gen-data --scale province
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/formasi_province pnpm bench`;

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(NO_DATABASE);
  process.exit(2);
}

ensurePeers(log);
if (options.build) buildApi();
if (!existsSync(join(REPO_DIR, 'apps/api/dist/main.js'))) {
  console.error('apps/api/dist/main.js is missing: run without --no-build');
  process.exit(2);
}
mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });

// The peers are installed now: the rest loads pg and autocannon from bench/peers.
const { runBench } = await import('./lib/bench.mjs');
const { stopAll } = await import('./lib/processes.mjs');

let stopping = false;
async function stopAndExit(code, message) {
  if (stopping) return;
  stopping = true;
  if (message) log(message);
  await stopAll();
  process.exit(code);
}
process.on('SIGINT', () => void stopAndExit(130, 'interrupted: stopping the servers'));
process.on('SIGTERM', () => void stopAndExit(143, 'terminated: stopping the servers'));

try {
  const { markdown, failed } = await runBench(options, databaseUrl, log);
  writeFileSync(join(BENCH_DIR, 'results/latest.md'), markdown);
  process.stdout.write(`${markdown}\n`);
  log('written to bench/results/latest.md');
  await stopAndExit(options.strict && failed > 0 ? 1 : 0, failed > 0 ? `${failed} target(s) missed` : null);
} catch (error) {
  await stopAndExit(1, `failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
}

/** Builds the API and the workspace packages it uses (production build, apps/api/dist). */
function buildApi() {
  const args = ['--filter', '@formasi/api...', 'run', 'build'];
  const pnpm = process.env.npm_execpath?.includes('pnpm') ? process.env.npm_execpath : null;
  log(`building the API: pnpm ${args.join(' ')}`);
  const result = pnpm
    ? spawnSync(process.execPath, [pnpm, ...args], { cwd: REPO_DIR, stdio: ['ignore', 2, 2] })
    : spawnSync('npx', ['-y', 'pnpm@10.34.9', ...args], { cwd: REPO_DIR, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    console.error(`the API build failed (exit ${result.status})`);
    process.exit(1);
  }
}
