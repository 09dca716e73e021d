// The bench-only packages (PostGraphile 4, autocannon, pg, graphql 15) live in bench/peers, outside the pnpm
// workspace: they are loaded from there, never from the workspace's node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const REPO_DIR = dirname(BENCH_DIR);
export const PEERS_DIR = join(BENCH_DIR, 'peers');

const manifest = () => JSON.parse(readFileSync(join(PEERS_DIR, 'package.json'), 'utf8'));

/** Whether every pinned peer is installed at its pinned version. */
function peersInstalled() {
  return Object.entries(manifest().dependencies).every(([name, version]) => {
    const file = join(PEERS_DIR, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
}

/** Installs bench/peers with `npm ci` (or `npm install` without a lock) when a pinned peer is missing. */
export function ensurePeers(log) {
  if (peersInstalled()) return;
  const hasLock = existsSync(join(PEERS_DIR, 'package-lock.json'));
  const args = [hasLock ? 'ci' : 'install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund'];
  log(`installing bench peers: npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0 || !peersInstalled()) {
    throw new Error(`npm ${args[0]} --prefix bench/peers failed (exit ${result.status})`);
  }
}

/** `require` of bench/peers, for CommonJS peers (pg, postgraphile, autocannon, graphql 15). */
export const requirePeer = createRequire(join(PEERS_DIR, 'package.json'));
