import { executionAsyncId } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';

/**
 * On Node 20 the first run() of an AsyncLocalStorage turns on a promise hook for every promise of the process
 * (a tenth of a list request's CPU) until the storage is disabled. With it off, a promise continuation has no
 * async id of its own: 0.
 */
const promiseTrackingId = () => Promise.resolve().then(() => executionAsyncId());

describe('writes leave no promise tracking behind', () => {
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    app = await startTestApp();
    cookie = await app.login();
  });
  afterAll(() => app.close());

  it('is off after start-up (migrations, seed, the administrator) and a sign-in', async () => {
    expect(await promiseTrackingId()).toBe(0);
  });

  it('is off after a write in a transaction and after concurrent ones', async () => {
    const sectors = await app.gql<{ sectors: { edges: { node: { id: string } }[] } }>(
      '{ sectors(first: 1) { edges { node { id } } } }',
      {},
      cookie,
    );
    expect(sectors.errors).toBeUndefined();
    const rename = (name: string) =>
      app.gql(
        `mutation($id: ID!, $name: String!) { updateSector(id: $id, input: { name: $name }) { id } }`,
        { id: sectors.data?.sectors.edges[0]?.node.id, name },
        cookie,
      );
    const answers = await Promise.all([rename('Pendidikan A'), rename('Pendidikan B'), app.login()]);
    expect(answers.slice(0, 2).map((answer) => (answer as { errors?: unknown }).errors)).toEqual([
      undefined,
      undefined,
    ]);
    expect(await promiseTrackingId()).toBe(0);
  });
});
