// The targets of the issue, checked against the figures (printed PASS/FAIL; only --strict turns a FAIL into a
// non-zero exit). Each returns { operation, check, measured, goal, pass } with pass null when not measurable.

export const GOALS = {
  listVsPostgraphile: 1.0,
  listVsFloorAim: 0.5,
  gapP50Ms: 50,
  gapMaxMs: 2000,
  rssBytes: 300 * 1024 * 1024,
  importSeconds: 30,
};

const MB = 1024 * 1024;
export const ratio = (a, b) => (a && b ? a / b : null);
const times = (value) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

function listChecks(operation, formasi, peers) {
  const checks = [];
  const postgraphile = peers.postgraphile?.closed;
  if (postgraphile) {
    const value = ratio(formasi.closed.rps, postgraphile.rps);
    checks.push({
      check: 'req/s vs PostGraphile',
      measured: times(value),
      goal: `≥ ${GOALS.listVsPostgraphile.toFixed(1)}×`,
      pass: value === null ? false : value >= GOALS.listVsPostgraphile,
    });
  }
  const floor = peers.floor?.closed;
  if (floor) {
    const value = ratio(formasi.closed.rps, floor.rps);
    checks.push({
      check: 'req/s vs floor (aim)',
      measured: times(value),
      goal: `≥ ${GOALS.listVsFloorAim.toFixed(1)}×`,
      pass: value === null ? false : value >= GOALS.listVsFloorAim,
      aim: true,
    });
  }
  return checks;
}

function gapChecks(formasi) {
  const checks = [];
  if (formasi.single) {
    checks.push({
      check: 'p50 at 1 connection',
      measured: formasi.single.p50 === null ? 'no answer' : `${formasi.single.p50} ms`,
      goal: `≤ ${GOALS.gapP50Ms} ms`,
      pass: formasi.single.p50 !== null && formasi.single.p50 <= GOALS.gapP50Ms,
    });
  }
  const failed = formasi.closed.errors + formasi.closed.timeouts + formasi.closed.non2xx;
  checks.push({
    check: 'max at 10 connections, all answered',
    measured: `${formasi.closed.max ?? '—'} ms, ${failed} failed`,
    goal: `≤ ${GOALS.gapMaxMs} ms, 0 failed`,
    pass: formasi.closed.max !== null && formasi.closed.max <= GOALS.gapMaxMs && failed === 0,
  });
  return checks;
}

/** The checks of one operation's Formasi figures (peers: the other targets' figures of the same operation). */
export function checksOf(operation, formasi, peers) {
  if (!formasi?.closed) return [];
  const checks = [];
  if (operation.tags.includes('list')) checks.push(...listChecks(operation, formasi, peers));
  const limit = 1 + operation.depth;
  checks.push({
    check: 'SQL statements per request',
    measured: formasi.statements === null ? 'n/a' : formasi.statements.toFixed(2),
    goal: `≤ ${limit} (1 + depth ${operation.depth})`,
    // Compared at one decimal: the count carries about ±0.05 of noise (the 1-statement floor and PostGraphile's
    // 1-statement lists measure 1.00–1.03), so 2.04 against a limit of 2 is a pass and 2.1 a failure.
    pass: formasi.statements === null ? null : Math.round(formasi.statements * 10) / 10 <= limit,
  });
  if (operation.tags.includes('gap')) checks.push(...gapChecks(formasi));
  return checks.map((check) => ({ operation: operation.name, ...check }));
}

export function rssCheck(peakBytes) {
  return {
    operation: '(all)',
    check: 'Formasi RSS peak',
    measured: peakBytes === null ? 'n/a' : `${(peakBytes / MB).toFixed(0)} MB`,
    goal: `≤ ${GOALS.rssBytes / MB} MB`,
    pass: peakBytes === null ? null : peakBytes <= GOALS.rssBytes,
  };
}

export const verdict = (pass) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');

/** The roster import: under 30 s, applied with no errors (all or nothing), progress heard, the server's RSS. */
export function importChecks(figures) {
  if (!figures) return [];
  const operation = `RosterImport ${figures.rows.toLocaleString('en')} rows`;
  const applied = figures.result?.applied === true && figures.result.errors.length === 0;
  const progressLines = figures.phases.reduce((sum, phase) => sum + phase.lines, 0);
  return [
    {
      operation,
      check: 'whole import (upload, check, write, gaps), applied',
      measured: `${figures.seconds.toFixed(1)} s, ${applied ? 'applied' : `not applied ${JSON.stringify(figures.error ?? figures.result?.errors?.slice(0, 3))}`}`,
      goal: `< ${GOALS.importSeconds} s, applied`,
      pass: applied && figures.seconds < GOALS.importSeconds,
    },
    {
      operation,
      check: 'progress reported',
      measured: `${progressLines} lines over ${figures.phases.map((phase) => phase.name).join(', ')}`,
      goal: 'every phase',
      pass: ['checking', 'comparing', 'writing', 'gaps'].every((name) =>
        figures.phases.some((phase) => phase.name === name),
      ),
    },
    {
      operation,
      check: 'import server RSS peak',
      measured: figures.rssPeak ? `${(figures.rssPeak / MB).toFixed(0)} MB` : 'n/a',
      goal: `≤ ${GOALS.rssBytes / MB} MB`,
      pass: figures.rssPeak === null ? null : figures.rssPeak <= GOALS.rssBytes,
    },
  ];
}
