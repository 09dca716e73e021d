// Resident memory of each server, from /proc/<pid>/status (VmRSS) every ~100 ms: the peak since a mark (one
// target's runs) and the peak over the whole bench.
import { readFileSync } from 'node:fs';

const INTERVAL_MS = 100;

function rssBytes(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function startRssSampler(pids) {
  const overall = new Map();
  const sinceMark = new Map();
  const sample = () => {
    for (const pid of pids) {
      const bytes = rssBytes(pid);
      if (bytes === null) continue;
      overall.set(pid, Math.max(overall.get(pid) ?? 0, bytes));
      sinceMark.set(pid, Math.max(sinceMark.get(pid) ?? 0, bytes));
    }
  };
  sample();
  const timer = setInterval(sample, INTERVAL_MS);
  timer.unref();
  return {
    /** Starts a new window for `pid`'s peak. */
    mark(pid) {
      sinceMark.set(pid, rssBytes(pid) ?? 0);
    },
    peakSinceMark: (pid) => (sample(), sinceMark.get(pid) ?? null),
    peak: (pid) => overall.get(pid) ?? null,
    stop: () => clearInterval(timer),
  };
}
