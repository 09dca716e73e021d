import { type Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchChromium, saveScreenshot } from './support/browser';
import { e2eContext, readyContext } from './support/context';
import { GraphiqlPage } from './support/graphiql';
import { type BrowserSession, closeSession, openSession } from './support/session';

const e2e = e2eContext();

/** A position the demo seed always creates (jabatan fungsional guru, entry level). */
const SEEDED_POSITION = 'Guru Ahli Pertama';

describe.skipIf(e2e.status === 'skipped')('GraphiQL at /graphiql', () => {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    browser = await launchChromium(readyContext(e2e).chromiumPath);
  });
  afterEach(async (test) => {
    await closeSession(session, test, 'graphiql');
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in and pages positions from its own editor, with no request leaving the server', async () => {
    const { baseUrl, admin } = readyContext(e2e);
    session = await openSession(browser!, baseUrl);
    const { page, requests, errors } = session;
    const graphiql = new GraphiqlPage(page);

    await page.goto('/graphiql');
    await expect(page.title()).resolves.toBe('Formasi GraphiQL');
    await graphiql.waitForEditor();

    // Sign in through GraphiQL itself: the login mutation sets the httpOnly session cookie for this origin.
    // JSON string literals are valid GraphQL string literals.
    const credentials = `email: ${JSON.stringify(admin.email)}, password: ${JSON.stringify(admin.password)}`;
    await graphiql.replaceQuery(`mutation SignIn { login(${credentials}) { email roles } }`);
    await graphiql.runWithButton();
    const signedIn = await graphiql.waitForResponseText(admin.email);
    expect(signedIn).toContain('"login"');
    expect(signedIn).not.toContain('"errors"');

    const filter = `{ search: ${JSON.stringify(SEEDED_POSITION)} }`;
    await graphiql.replaceQuery(
      `query FirstPositions { positions(first: 5, filter: ${filter}) ` +
        '{ totalCount edges { node { name level unit { name } sector { name } } } } }',
    );
    await graphiql.runWithKeyboard();
    const result = await graphiql.waitForResponseText(SEEDED_POSITION);
    expect(result).toContain('"totalCount"');
    expect(result).not.toContain('"errors"');
    await saveScreenshot(page, 'graphiql');

    const graphqlCalls = requests.filter((url) => new URL(url).pathname === '/graphql');
    expect(graphqlCalls.length).toBeGreaterThanOrEqual(2);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    // The API's Content-Security-Policy must leave Monaco's workers and GraphiQL's styles alone.
    expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
  });
});
