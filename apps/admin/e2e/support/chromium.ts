import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu, Chrome and snap put the browser; `CHROMIUM_PATH` wins over all of them. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
] as const;

/**
 * Flags that let Debian's Chromium run headless as root in a container, and keep it from calling home
 * (background networking, component updates, sync, QUIC), so every request a test sees comes from the page.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type ChromiumLookup =
  { found: true; path: string; warning?: string } | { found: false; tried: string[]; reason: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium binary: `CHROMIUM_PATH` first, then the usual locations. A `CHROMIUM_PATH` that is not an
 * executable is reported (as a warning when another browser is found, in the reason when none is).
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): ChromiumLookup {
  const configured = env.CHROMIUM_PATH?.trim() || undefined;
  if (configured && isExecutable(configured)) return { found: true, path: configured };
  const problem = configured ? `CHROMIUM_PATH=${configured} is not an executable file` : undefined;
  const path = candidates.find(isExecutable);
  if (path)
    return problem ? { found: true, path, warning: `${problem}; using ${path}` } : { found: true, path };
  return {
    found: false,
    tried: configured ? [configured, ...candidates] : [...candidates],
    reason: problem
      ? `${problem} and no other Chromium or Chrome was found`
      : 'no Chromium or Chrome binary was found',
  };
}
