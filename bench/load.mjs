// The load generator: autocannon in its own process (forked by bench/run.mjs, which only starts the servers and
// keeps the books), so the load never shares an event loop with the orchestration. One run per IPC message.
import './lib/orphan-guard.mjs';
import { requirePeer } from './lib/peers.mjs';

const autocannon = requirePeer('autocannon');

/** The figures the report needs, in milliseconds and requests per second. */
function summarize(result) {
  const completed = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  // Without a completed request autocannon's latencies are zeros, not measurements.
  const latency = (value) => (completed > 0 ? value : null);
  return {
    duration: result.duration,
    completed,
    sent: result.requests.sent,
    ok: result['2xx'],
    rps: result.duration > 0 ? result['2xx'] / result.duration : 0,
    p50: latency(result.latency.p50),
    p99: latency(result.latency.p99),
    max: latency(result.latency.max),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

process.on('message', async ({ id, options }) => {
  try {
    const result = await autocannon({ ...options, method: 'POST', timeout: options.timeout ?? 20 });
    process.send({ id, result: summarize(result) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
