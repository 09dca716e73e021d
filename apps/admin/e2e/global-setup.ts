import type { TestProject } from 'vitest/node';
import { findChromium } from './support/chromium';
import { type E2eContext } from './support/context';
import { type RunningServer, startServer } from './support/server';

const RULE = '!'.repeat(100);

function shout(lines: string[]): void {
  process.stderr.write(`\n${RULE}\n${lines.map((line) => `!!  ${line}`).join('\n')}\n${RULE}\n\n`);
}

function missingChromiumNotice(reason: string, tried: string[]): string[] {
  return [
    `E2E TESTS SKIPPED: ${reason}.`,
    `Looked at: ${tried.join(', ')}`,
    'Install Debian/Ubuntu Chromium:  apt-get install -y chromium',
    'or point at any Chromium/Chrome: CHROMIUM_PATH=/path/to/chromium pnpm --filter @formasi/admin e2e',
    'Never run `playwright install`: playwright-core drives the system browser.',
    'Under CI=true a missing browser fails the run instead of skipping it.',
  ];
}

/**
 * Finds Chromium and starts the production server once for all e2e files. Without Chromium the tests are skipped
 * (loudly) on a developer machine and fail under CI=true.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium.found) {
    const notice = missingChromiumNotice(chromium.reason, chromium.tried);
    if (process.env.CI === 'true') {
      throw new Error(`Chromium is required for the e2e tests under CI=true.\n${notice.slice(1).join('\n')}`);
    }
    shout(notice);
    const skipped: E2eContext = { status: 'skipped', reason: `${chromium.reason} (see the notice above)` };
    project.provide('e2e', skipped);
    // Said again after the run: the reporter's output would otherwise bury it.
    return async () => shout(notice);
  }

  if (chromium.warning) process.stderr.write(`e2e: ${chromium.warning}\n`);
  const server: RunningServer = await startServer();
  const ready: E2eContext = {
    status: 'ready',
    baseUrl: server.baseUrl,
    chromiumPath: chromium.path,
    admin: server.admin,
  };
  project.provide('e2e', ready);
  return async () => {
    await server.stop();
  };
}
