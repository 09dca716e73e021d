// The Markdown the bench prints and writes to bench/results/latest.md: header, figures per operation × target,
// the targets with PASS/FAIL, and what validation found.
import { checksOf, importChecks, ratio, rssCheck, verdict } from './targets.mjs';

export { importChecks };

const MB = 1024 * 1024;
const DASH = '—';

const rate = (value) =>
  value === null || value === undefined ? DASH : value >= 100 ? value.toFixed(0) : value.toFixed(1);
const ms = (value) =>
  value === null || value === undefined ? DASH : value >= 10 ? value.toFixed(0) : value.toFixed(1);
const times = (value) => (value === null ? DASH : `${value.toFixed(2)}×`);
const megabytes = (bytes) => (bytes ? (bytes / MB).toFixed(0) : DASH);

const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function figureCells(operation, target, figures, all) {
  if (!figures) return [DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH, DASH];
  if (figures.skipped) return [`skipped: ${figures.skipped}`, '', '', '', '', '', '', '', '', '', ''];
  const { closed, fixed, single } = figures;
  const failed = closed.errors + closed.timeouts + closed.non2xx;
  const vsPostgraphile = target === 'formasi' ? ratio(closed.rps, all.postgraphile?.closed?.rps) : null;
  const vsFloor = target === 'floor' ? null : ratio(closed.rps, all.floor?.closed?.rps);
  return [
    rate(closed.rps),
    ms(closed.p50),
    ms(closed.p99),
    ms(closed.max),
    String(failed),
    figures.statements === null ? 'n/a' : figures.statements.toFixed(2),
    megabytes(figures.rssPeak),
    fixed ? `${rate(fixed.rps)} @ ${fixed.rate}: ${ms(fixed.p50)} / ${ms(fixed.p99)}` : DASH,
    single ? `${ms(single.p50)} (max ${ms(single.max)})` : DASH,
    times(vsPostgraphile),
    times(vsFloor),
  ];
}

function figuresTable(operations, results, servers) {
  const head = [
    'operation',
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'errors',
    'stmts/req',
    'RSS MB',
    'fixed rate: req/s @ rate: p50 / p99 ms',
    '1 conn p50 ms',
    '× PostGraphile',
    '× floor',
    'targets',
  ];
  const rows = [];
  for (const operation of operations) {
    const all = results[operation.name] ?? {};
    for (const server of servers) {
      const figures = all[server.name];
      let targets = '';
      if (server.name === 'formasi' && figures?.closed) {
        const checks = checksOf(operation, figures, all).filter((check) => !check.aim && check.pass !== null);
        const failed = checks.filter((check) => !check.pass).map((check) => check.check);
        targets = failed.length === 0 ? 'PASS' : `FAIL: ${failed.join('; ')}`;
      }
      const absent = !figures && server.name !== 'formasi' ? { skipped: 'no equivalent' } : figures;
      rows.push([operation.name, server.label, ...figureCells(operation, server.name, absent, all), targets]);
    }
  }
  return table(head, rows);
}

export function allChecks(operations, results, formasiPeak) {
  const checks = operations.flatMap((operation) =>
    checksOf(operation, results[operation.name]?.formasi, results[operation.name] ?? {}),
  );
  return [...checks, rssCheck(formasiPeak)];
}

/** The whole report as Markdown. */
/** The roster import's phases: when each was first and last reported, seconds from the upload's start. */
function importSection(figures) {
  if (!figures) return [];
  const result = figures.result ?? {};
  return [
    '## Roster import',
    '',
    `${figures.rows.toLocaleString('en')} rows (${(figures.bytes / 1e6).toFixed(1)} MB CSV: every active member, a tenth with a changed TMT, the rest new) uploaded to \`POST /api/imports/roster\` on a scratch copy of the database, in ${figures.seconds.toFixed(1)} s; created ${result.created ?? DASH}, updated ${result.updated ?? DASH}, unchanged ${result.unchanged ?? DASH}; server RSS peak ${megabytes(figures.rssPeak)} MB.`,
    '',
    table(
      ['phase', 'rows', 'first report s', 'last report s', 'progress lines'],
      figures.phases.map((phase) => [
        phase.name,
        String(phase.total),
        phase.first.toFixed(1),
        phase.last.toFixed(1),
        String(phase.lines),
      ]),
    ),
    '',
  ];
}

export function renderReport({ meta, operations, results, servers, checks, validation, rosterImport }) {
  const { database } = meta;
  const counts = Object.entries(database.counts)
    .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
    .join(', ');
  const header = [
    `# Formasi bench, ${meta.date}`,
    '',
    `- commit ${meta.commit}; Node ${process.version}; PostgreSQL ${database.version}; ${meta.cpus}`,
    `- database \`${database.name}\`: ${counts}; planning year ${meta.year}`,
    `- load: autocannon ${meta.autocannon} in its own process; closed loop ${meta.options.connections} connections × ${meta.options.duration} s after ${meta.options.warmup} s warm-up; fixed rate ${meta.rateRule} for ${meta.options.rateDuration} s; gap operations also 1 connection × ${meta.options.singleDuration} s; ${meta.options.rounds} round(s), interleaved per operation (medians over rounds)`,
    `- SQL statements per request: ${meta.statements}`,
    `- RSS: peak VmRSS of each server during its runs; Formasi's peak over the whole bench: ${megabytes(meta.formasiPeak)} MB`,
  ];
  const targetRows = checks.map((check) => [
    check.operation,
    check.check,
    check.measured,
    check.goal,
    check.aim ? `${verdict(check.pass)} (aim)` : verdict(check.pass),
  ]);
  const notes = operations.flatMap((operation) => [
    `- **${operation.name}** (${operation.source}): depth ${operation.depth} = ${operation.depthNote}` +
      (operation.postgraphileNote ? `; PostGraphile: ${operation.postgraphileNote}` : '') +
      (operation.floor?.approximate
        ? `; floor ≈ ${operation.floor.approximate({ gapRows: database.gapRows })}`
        : '') +
      (operation.floor ? '' : '; floor: none (not one reasonable statement)'),
  ]);
  return [
    ...header,
    '',
    '## Figures',
    '',
    figuresTable(operations, results, servers),
    '',
    '## Targets',
    '',
    table(['operation', 'check', 'measured', 'goal', 'result'], targetRows),
    '',
    ...importSection(rosterImport),
    '## Validation',
    '',
    ...(validation.length > 0
      ? validation.map((line) => `- ${line}`)
      : ['- every answer: HTTP 200, no errors, same counts']),
    '',
    '## Operations',
    '',
    ...notes,
    '',
  ].join('\n');
}
