import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDialect, type TestApp } from '../test/harness.js';
import { readRows } from './sql-read.js';

// readRows takes its own way to PostgreSQL (a pooled client, prepared statements); it must answer exactly what
// MikroORM's connection.execute answers for the same statement and parameters.
describe.runIf(testDialect() === 'postgresql')('readRows on PostgreSQL', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const bothWays = async (sql: string, params: unknown[]) => {
    const em = app.orm.em.fork();
    if (!(em instanceof SqlEntityManager)) throw new Error('SQL EntityManager expected');
    const expected = await em.getConnection().execute(sql, params, 'all');
    return { expected, actual: await readRows(em, sql, params), again: await readRows(em, sql, params) };
  };

  it.each([
    [
      'strings, numbers and a quote',
      'select u.code, u.name from unit u where u.code like ? or u.name = ? order by u.code limit ?',
      ['PKM%', "O'Brien", 5],
    ],
    [
      'a date',
      'select count(*) as n, max(s.created_at) as latest from session s where s.expires_at > ?',
      [new Date('2026-01-01T00:00:00Z')],
    ],
    [
      'a boolean and null',
      'select u.code from unit u where (u.archived_at is null) = ? and coalesce(?, u.code) = u.code order by u.code limit 2',
      [true, null],
    ],
    [
      'an array MikroORM expands into a list',
      'select u.code from unit u where u.code in (?) order by u.code',
      [['DISDIK', 'DINKES']],
    ],
  ])('answers like connection.execute with %s', async (_label, sql, params) => {
    const { expected, actual, again } = await bothWays(sql, params);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    expect(again).toEqual(expected);
  });

  it('logs the statement with its parameters inlined, as MikroORM does', async () => {
    app.queries.length = 0;
    await readRows(app.orm.em.fork(), 'select u.code from unit u where u.code = ?', ['DISDIK']);
    expect(app.queries).toEqual([`select u.code from unit u where u.code = 'DISDIK'`]);
  });

  it('turns a database error into MikroORM’s exception', async () => {
    await expect(
      readRows(app.orm.em.fork(), 'select u.code from unit u where u.id = ?', ['not-a-uuid']),
    ).rejects.toMatchObject({
      code: '22P02',
    });
  });
});
