// The roster import target: a CSV of N rows (lib/roster-csv.mjs) uploaded to Formasi's production build through
// POST /api/imports/roster, on a scratch copy of the measured database (CREATE DATABASE … TEMPLATE), so the bench
// never writes the measured data. Times each progress phase as the NDJSON stream reports it and the server's RSS.
import { stopChild } from './processes.mjs';
import { requirePeer } from './peers.mjs';
import { buildRosterCsv } from './roster-csv.mjs';
import { startRssSampler } from './rss.mjs';
import { startFormasi } from './servers.mjs';

const { Client } = requirePeer('pg');

const withDatabase = (url, name) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

async function admin(url, sql) {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Reads the NDJSON answer line by line: when each phase was first and last heard, and the last line. */
async function readProgress(response, started, log) {
  const phases = new Map();
  let last = null;
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let at;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      if (!line.trim()) continue;
      last = JSON.parse(line);
      const progress = last.progress;
      if (!progress) continue;
      const seconds = (performance.now() - started) / 1000;
      const phase = phases.get(progress.phase) ?? {
        first: seconds,
        last: seconds,
        total: progress.total,
        lines: 0,
      };
      phase.last = seconds;
      phase.lines += 1;
      phases.set(progress.phase, phase);
      if (progress.done === progress.total)
        log(`import: ${progress.phase} ${progress.done}/${progress.total} at ${seconds.toFixed(1)} s`);
    }
  }
  return { phases, last };
}

/**
 * Creates the scratch copy, builds the CSV, starts Formasi on the copy, uploads, and drops the copy again.
 * Needs no other session on the measured database while the copy is made (run before the servers start).
 */
export async function measureRosterImport({ databaseUrl, database, rows, port, log }) {
  const scratch = `${database.name}_bench_import`;
  await admin(databaseUrl, `drop database if exists "${scratch}" with (force)`);
  log(`import: copying ${database.name} to ${scratch}`);
  await admin(databaseUrl, `create database "${scratch}" template "${database.name}"`);
  const scratchUrl = withDatabase(databaseUrl, scratch);
  let server = null;
  try {
    const client = new Client({ connectionString: scratchUrl });
    await client.connect();
    const csv = await buildRosterCsv(client, rows).finally(() => client.end());
    const bytes = Buffer.byteLength(csv);
    log(
      `import: ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB; starting Formasi on ${scratch}`,
    );
    server = await startFormasi(scratchUrl, port);
    const rss = startRssSampler([server.child.pid]);
    const started = performance.now();
    const response = await fetch(`${server.url.replace(/\/graphql$/, '')}/api/imports/roster`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: server.headers.cookie },
      body: csv,
    });
    if (!response.ok) throw new Error(`import: HTTP ${response.status} ${await response.text()}`);
    const { phases, last } = await readProgress(response, started, log);
    const seconds = (performance.now() - started) / 1000;
    return {
      rows,
      bytes,
      seconds,
      phases: [...phases].map(([name, phase]) => ({ name, ...phase })),
      result: last?.result ?? null,
      error: last?.error ?? null,
      rssPeak: (rss.stop(), rss.peak(server.child.pid)),
    };
  } finally {
    if (server) await stopChild(server.child);
    await admin(databaseUrl, `drop database if exists "${scratch}" with (force)`);
  }
}
