// The processes the bench starts (three servers and the load generator): each is stopped by its own pid at the
// end, on Ctrl-C and on errors; each also stops itself when the bench dies (lib/orphan-guard.mjs).
import { fork, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BENCH_DIR } from './peers.mjs';

const children = new Set();
const GUARD = join(BENCH_DIR, 'lib/orphan-guard.mjs');
const STOP_GRACE_MS = 5000;

/** Starts `node [--import guard] script` with its output in `logFile`; the child is stopped by stopAll(). */
export function startNode(name, script, { args = [], env, cwd, logFile, guard = false }) {
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...(guard ? ['--import', GUARD] : []), script, ...args], {
    cwd,
    env,
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  child.benchName = name;
  child.logFile = logFile;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Forks a bench script with an IPC channel (the load generator). */
export function forkNode(name, script) {
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.benchName = name;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const exited = (child) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM, then SIGKILL after a grace period, to one child by its pid. */
export function stopChild(child) {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (!exited(child)) process.kill(child.pid, 'SIGKILL');
    }, STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export async function stopAll() {
  await Promise.all([...children].map(stopChild));
}

/** The last lines of a child's log, for an error message. */
export function tailOf(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** `count` free loopback ports from `first`, all within 4100-4199. */
export async function freePorts(first, count) {
  const ports = [];
  for (let port = first; port <= 4199 && ports.length < count; port += 1) {
    if (await portIsFree(port)) ports.push(port);
  }
  if (ports.length < count) throw new Error(`fewer than ${count} free ports in ${first}-4199`);
  return ports;
}

/** Polls `probe` until it resolves true; fails early when the child exits or after `timeoutMs`. */
export async function waitUntilReady(child, probe, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(
        `${child.benchName} exited (${child.exitCode ?? child.signalCode}):\n${tailOf(child.logFile)}`,
      );
    }
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.benchName} not ready after ${timeoutMs / 1000} s:\n${tailOf(child.logFile)}`);
}
