import { inject } from 'vitest';

/** What the global setup hands to every e2e test file (must be JSON-serialisable). */
export type E2eContext =
  | { status: 'skipped'; reason: string }
  | {
      status: 'ready';
      baseUrl: string;
      chromiumPath: string;
      admin: { email: string; password: string };
    };

export type ReadyE2eContext = Extract<E2eContext, { status: 'ready' }>;

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** The context from the global setup; `describe.skipIf(e2e.status === 'skipped')` gates each file. */
export function e2eContext(): E2eContext {
  // Undefined when a file is picked up by another Vitest config, which has no e2e global setup.
  const provided: E2eContext | undefined = inject('e2e');
  return (
    provided ?? { status: 'skipped', reason: 'run the e2e tests with `vitest --config vitest.e2e.config.ts`' }
  );
}

/** Narrows the context inside a suite that only runs when the harness is ready. */
export function readyContext(context: E2eContext): ReadyE2eContext {
  if (context.status !== 'ready') {
    throw new Error(`e2e harness is not ready: ${context.reason}`);
  }
  return context;
}
