// Talks to bench/load.mjs (autocannon in its own process): one run at a time, each bounded in time.
import { join } from 'node:path';
import { BENCH_DIR } from './peers.mjs';
import { forkNode, stopChild } from './processes.mjs';

const SLACK_S = 60;

export function startLoadGenerator() {
  const child = forkNode('load', join(BENCH_DIR, 'load.mjs'));
  let next = 0;
  return {
    /** One autocannon run of `request` ({ url, headers, body }); resolves with its summary. */
    run(request, { connections, duration, overallRate }) {
      const id = (next += 1);
      const options = { ...request, connections, duration, ...(overallRate ? { overallRate } : {}) };
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => {
            child.off('message', onMessage);
            reject(new Error(`load run ${id} did not finish within ${duration + SLACK_S} s`));
          },
          (duration + SLACK_S) * 1000,
        );
        const onMessage = (message) => {
          if (message.id !== id) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          if (message.error) reject(new Error(`autocannon: ${message.error}`));
          else resolve(message.result);
        };
        child.on('message', onMessage);
        child.send({ id, options });
      });
    },
    stop: () => stopChild(child),
  };
}
