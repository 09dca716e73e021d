import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

const REGION = '{ region { name agency emblemUrl } }';
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('the region, as configured', () => {
  it('names Kota Sawahlunto and BKPSDM without an emblem by default, to anyone', async () => {
    const app = await startTestApp({ seed: 'none' });
    try {
      const answer = await app.gql(REGION);
      expect(answer.data).toEqual({ region: { name: 'Kota Sawahlunto', agency: 'BKPSDM', emblemUrl: null } });
      const emblem = await fetch(`${app.url}/region/emblem`);
      expect(emblem.status).toBe(404);
    } finally {
      await app.close();
    }
  });

  describe('with FORMASI_REGION_NAME, FORMASI_AGENCY_NAME and FORMASI_REGION_EMBLEM', () => {
    let dir: string;
    let app: TestApp;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'formasi-emblem-'));
      await writeFile(join(dir, 'lambang.png'), PNG);
      app = await startTestApp({
        seed: 'none',
        env: {
          FORMASI_REGION_NAME: 'Kabupaten Tanah Datar',
          FORMASI_AGENCY_NAME: 'BKPSDM Tanah Datar',
          FORMASI_REGION_EMBLEM: join(dir, 'lambang.png'),
        },
      });
    });
    afterAll(async () => {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('answers the configured names and serves the emblem, revalidated by its ETag', async () => {
      const answer = await app.gql<{ region: { name: string; agency: string; emblemUrl: string } }>(REGION);
      expect(answer.data?.region).toMatchObject({
        name: 'Kabupaten Tanah Datar',
        agency: 'BKPSDM Tanah Datar',
      });
      const url = answer.data?.region.emblemUrl ?? '';
      expect(url).toMatch(/^\/region\/emblem\?v=/);

      const emblem = await fetch(`${app.url}${url}`);
      expect(emblem.status).toBe(200);
      expect(emblem.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await emblem.arrayBuffer())).toEqual(PNG);
      const etag = emblem.headers.get('etag') ?? '';
      const again = await fetch(`${app.url}${url}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    });
  });
});
