// Several rounds become one figure per operation × target: medians of rates and latencies, the worst maximum and
// RSS, the sum of failures, the mean of statements per request.

const median = (values) => {
  const sorted = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const max = (values) => {
  const known = values.filter((value) => value !== null && value !== undefined);
  return known.length === 0 ? null : Math.max(...known);
};
const sum = (values) => values.reduce((total, value) => total + value, 0);
const mean = (values) => {
  const known = values.filter((value) => value !== null);
  return known.length === 0 ? null : sum(known) / known.length;
};

function mergeRun(runs) {
  if (runs.some((run) => !run)) return null;
  return {
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    max: max(runs.map((run) => run.max)),
    completed: sum(runs.map((run) => run.completed)),
    sent: sum(runs.map((run) => run.sent)),
    errors: sum(runs.map((run) => run.errors)),
    timeouts: sum(runs.map((run) => run.timeouts)),
    non2xx: sum(runs.map((run) => run.non2xx)),
    ...(runs[0].rate === undefined ? {} : { rate: median(runs.map((run) => run.rate)) }),
  };
}

function mergeFigures(figures) {
  const skipped = figures.find((entry) => entry.skipped);
  if (skipped) return skipped;
  return {
    closed: mergeRun(figures.map((entry) => entry.closed)),
    fixed: mergeRun(figures.map((entry) => entry.fixed)),
    single: mergeRun(figures.map((entry) => entry.single)),
    statements: mean(figures.map((entry) => entry.statements)),
    rssPeak: max(figures.map((entry) => entry.rssPeak)),
  };
}

/** rounds: [{ [operation]: { [target]: figures } }] → { [operation]: { [target]: figures } } */
export function aggregateRounds(rounds) {
  const results = {};
  for (const [operation, targets] of Object.entries(rounds[0] ?? {})) {
    results[operation] = {};
    for (const target of Object.keys(targets)) {
      results[operation][target] = mergeFigures(rounds.map((round) => round[operation][target]));
    }
  }
  return results;
}
