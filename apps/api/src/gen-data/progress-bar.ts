import { performance } from 'node:perf_hooks';
import { type GenerateProgress } from './generate-data.js';

type Output = { isTTY?: boolean; columns?: number; write: (text: string) => unknown };

const BAR_WIDTH = 24;
// A TTY line is redrawn at most this often; plain lines (logs, CI) appear at each tenth of a table.
const REDRAW_MS = 100;
const PLAIN_STEPS = 10;

const number = (value: number): string => Math.round(value).toLocaleString('en-US');
const seconds = (ms: number): string =>
  ms < 60_000
    ? `${(ms / 1000).toFixed(1)}s`
    : `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;

/** One progress line: table, rows done / total, percentage, bar, rows/s and ETA (or the time taken). */
export function progressLine(progress: GenerateProgress, elapsedMs: number): string {
  const { table, done, total } = progress;
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * BAR_WIDTH);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const finished = done >= total;
  const eta = finished
    ? `in ${seconds(elapsedMs)}`
    : rate > 0
      ? `ETA ${seconds(((total - done) / rate) * 1000)}`
      : 'ETA …';
  return [
    table.padEnd(15),
    `${number(done).padStart(9)} / ${number(total).padEnd(9)}`,
    `${String(Math.floor(share * 100)).padStart(3)}%`,
    `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`,
    `${number(rate).padStart(9)} rows/s`,
    eta,
  ].join('  ');
}

/**
 * Renders generateData's progress on a stream (stderr): a redrawn line per table on a terminal, plain lines at
 * every tenth of a table otherwise.
 */
export function createProgressBar(output: Output, now: () => number = () => performance.now()) {
  let table: string | null = null;
  let started = 0;
  let lastDraw = 0;
  let lastStep = -1;
  return (progress: GenerateProgress): void => {
    const time = now();
    if (progress.table !== table) {
      table = progress.table;
      started = time;
      lastDraw = 0;
      lastStep = -1;
    }
    const finished = progress.done >= progress.total;
    const line = progressLine(progress, time - started);
    if (output.isTTY) {
      if (!finished && time - lastDraw < REDRAW_MS) return;
      lastDraw = time;
      output.write(`\r${line.padEnd(Math.min(output.columns ?? 100, 110))}${finished ? '\n' : ''}`);
      return;
    }
    const step =
      progress.total === 0 ? PLAIN_STEPS : Math.floor((progress.done / progress.total) * PLAIN_STEPS);
    if (step === lastStep || (step === 0 && progress.total > 0)) return;
    lastStep = step;
    output.write(`${line}\n`);
  };
}
