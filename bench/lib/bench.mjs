// One bench run: describe the database, start the targets, validate every answer, then for each operation
// measure Formasi, PostGraphile and the floor back to back (so machine noise hits all alike), round after round.
import { measureRosterImport } from './roster-import.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { loadOperations } from '../operations/index.mjs';
import { inlineFragments, normalizeDocument, readAdminDocuments } from './admin-documents.mjs';
import { describeDatabase, openStatementCounter } from './database.mjs';
import { startLoadGenerator } from './load-client.mjs';
import { PEERS_DIR, REPO_DIR } from './peers.mjs';
import { freePorts, stopAll } from './processes.mjs';
import { allChecks, importChecks, renderReport } from './report.mjs';
import { startRssSampler } from './rss.mjs';
import { BENCH_EMAIL, requestFor, startServers } from './servers.mjs';
import { checkAnswer, compareShapes } from './validate.mjs';
import { aggregateRounds } from './aggregate.mjs';

const FIXED_RATE_SHARE = 0.5;

function selectOperations(only, log) {
  const operations = loadOperations();
  if (!only) return operations;
  const unknown = only.filter((name) => !operations.some((operation) => operation.name === name));
  if (unknown.length > 0) throw new Error(`unknown operation(s) ${unknown.join(', ')}`);
  log(`only ${only.join(', ')}`);
  return operations.filter((operation) => only.includes(operation.name));
}

/** Warns when a committed operation no longer matches the admin's generated document of the same name. */
function checkAdminDrift(operations, log) {
  const documents = readAdminDocuments();
  const warnings = [];
  for (const operation of operations.filter((candidate) => candidate.admin)) {
    const document = documents.get(operation.name);
    if (!document) warnings.push(`${operation.name}: the admin no longer sends an operation of this name`);
    else if (normalizeDocument(inlineFragments(document)) !== normalizeDocument(operation.document)) {
      warnings.push(
        `${operation.name}: bench/operations/formasi/${operation.name}.graphql differs from the admin's document`,
      );
    }
  }
  for (const warning of warnings) log(`!!! DRIFT ${warning}`);
  return warnings.map((warning) => `DRIFT ${warning}`);
}

function gitCommit() {
  const git = (args) =>
    execFileSync('git', args, {
      cwd: REPO_DIR,
      encoding: 'utf8',
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    }).trim();
  try {
    const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
    return `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Sends every operation once to every target: which may be measured, and what differs. */
async function validate(operations, servers, context, log) {
  const valid = new Map();
  const lines = [];
  for (const operation of operations) {
    let reference = null;
    for (const server of servers) {
      const request = requestFor(server, operation, context);
      if (!request) continue;
      const answer = await checkAnswer(request);
      if (!answer.ok) {
        const line = `${operation.name} on ${server.label}: ${answer.problem} (not measured)`;
        log(`!!! INVALID ${line}`);
        lines.push(`INVALID ${line}`);
        continue;
      }
      valid.set(`${operation.name}:${server.name}`, request);
      if (server.name === 'formasi') reference = answer.shape;
      else if (reference) {
        for (const difference of compareShapes(reference, answer.shape)) {
          const note =
            server.name === 'postgraphile' && operation.postgraphileNote
              ? ` (${operation.postgraphileNote})`
              : '';
          log(`!!! MISMATCH ${operation.name} on ${server.label}: ${difference}${note}`);
          lines.push(`MISMATCH ${operation.name} on ${server.label}: ${difference}${note}`);
        }
      }
    }
  }
  return { valid, lines };
}

const SETTLE_POLL_MS = 300;
const SETTLE_LIMIT_MS = 15_000;

/**
 * Statements counted once the requests still in flight when the run stopped have finished (the servers complete
 * them), so the count divides by every request sent: wait about the slowest latency seen, then until stable.
 */
async function settledCount(counter, slowestMs) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await sleep(Math.min(SETTLE_LIMIT_MS, Math.max(SETTLE_POLL_MS, slowestMs ?? 0)));
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  let last = await counter.count();
  while (Date.now() < deadline) {
    await sleep(SETTLE_POLL_MS);
    const now = await counter.count();
    if (now === last) break;
    last = now;
  }
  return last;
}

/** Warm-up, closed loop (statements counted), fixed rate and, for gap operations, one connection. */
async function measureOne({ load, counter, sampler, options }, server, operation, request, fixedRate) {
  const say = (message) => load.log(`${operation.name} · ${server.label}: ${message}`);
  sampler.mark(server.child.pid);
  const { connections, duration } = options;
  if (options.warmup > 0) await load.run(request, { connections, duration: options.warmup });
  if (counter.available) await counter.reset();
  const closed = await load.run(request, { connections, duration });
  const statements = counter.available
    ? (await settledCount(counter, closed.max)) / Math.max(1, closed.sent)
    : null;
  say(
    `${closed.rps.toFixed(1)} req/s, p50 ${closed.p50} ms, p99 ${closed.p99} ms, max ${closed.max} ms` +
      (statements === null ? '' : `, ${statements.toFixed(1)} statements/request`),
  );
  const rate = fixedRate ?? Math.max(1, Math.round(closed.rps * FIXED_RATE_SHARE));
  let fixed = null;
  if (options.rateDuration > 0) {
    fixed = {
      rate,
      ...(await load.run(request, { connections, duration: options.rateDuration, overallRate: rate })),
    };
    say(`at ${rate} req/s: p50 ${fixed.p50} ms, p99 ${fixed.p99} ms`);
  }
  let single = null;
  if (operation.tags.includes('gap') && options.singleDuration > 0) {
    single = await load.run(request, { connections: 1, duration: options.singleDuration });
    say(`1 connection: p50 ${single.p50} ms, max ${single.max} ms`);
  }
  return { closed, statements, fixed, single, rssPeak: sampler.peakSinceMark(server.child.pid), rate };
}

export async function runBench(options, databaseUrl, log) {
  const operations = selectOperations(options.only, log);
  const driftLines = checkAdminDrift(operations, log);
  const database = await describeDatabase(databaseUrl);
  const year = options.year ?? database.year ?? new Date().getFullYear() + 1;
  log(`database ${database.name} (PostgreSQL ${database.version}), planning year ${year}`);
  const counter = await openStatementCounter(databaseUrl, database.oid, log);
  if (!counter.available) log(`statements per request: n/a (${counter.reason})`);
  const ports = await freePorts(options.port, 4);
  // First, while nothing else holds the measured database (it is the template of the scratch copy).
  const rosterImport =
    options.importRows > 0
      ? await measureRosterImport({ databaseUrl, database, rows: options.importRows, port: ports[3], log })
      : null;
  log(`starting ${options.targets.join(', ')} on ports ${ports.join(', ')}`);
  const servers = await startServers(options.targets, databaseUrl, ports);
  const sampler = startRssSampler(servers.map((server) => server.child.pid));
  const context = { year, email: BENCH_EMAIL };
  const { valid, lines } = await validate(operations, servers, context, log);
  const load = { ...startLoadGenerator(), log };
  const rounds = [];
  try {
    for (let round = 1; round <= options.rounds; round += 1) {
      const results = {};
      for (const operation of operations) {
        results[operation.name] = {};
        let fixedRate = options.rate;
        for (const server of servers) {
          const request = valid.get(`${operation.name}:${server.name}`);
          if (!request) {
            if (requestFor(server, operation, context))
              results[operation.name][server.name] = { skipped: 'invalid answer' };
            continue;
          }
          log(`round ${round}/${options.rounds} · ${operation.name} · ${server.label}`);
          const figures = await measureOne(
            { load, counter, sampler, options },
            server,
            operation,
            request,
            fixedRate,
          );
          fixedRate ??= figures.rate;
          results[operation.name][server.name] = figures;
        }
      }
      rounds.push(results);
    }
  } finally {
    await load.stop();
  }
  const formasi = servers.find((server) => server.name === 'formasi');
  const formasiPeak = formasi ? sampler.peak(formasi.child.pid) : null;
  sampler.stop();
  if (counter.available) await counter.close();
  await stopAll();
  const results = aggregateRounds(rounds);
  const checks = [...allChecks(operations, results, formasiPeak), ...importChecks(rosterImport)];
  const autocannon = JSON.parse(
    readFileSync(join(PEERS_DIR, 'node_modules/autocannon/package.json'), 'utf8'),
  ).version;
  const meta = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: gitCommit(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
    database,
    year,
    options,
    autocannon,
    formasiPeak,
    rateRule: options.rate
      ? `${options.rate} req/s`
      : `${FIXED_RATE_SHARE * 100}% of Formasi's closed-loop req/s (same rate for every target)`,
    statements: counter.available
      ? 'pg_stat_statements calls in the measured database during the closed-loop run (until in-flight requests finish) ÷ requests sent'
      : `n/a (${counter.reason})`,
  };
  const markdown = renderReport({
    meta,
    operations,
    results,
    servers,
    checks,
    validation: [...driftLines, ...lines],
    rosterImport,
  });
  const failed = checks.filter((check) => check.pass === false && !check.aim).length;
  return { markdown, failed };
}
