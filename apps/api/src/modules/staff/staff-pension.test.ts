import { bezettingDateOf, isBeforePension, isoDateInJakarta } from '@formasi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { GapRow } from '../gaps/gap-row.entity.js';
import { StaffMember } from './staff-member.entity.js';

let app: TestApp;
let cookie: string;
const year = new Date().getFullYear() + 1;
const today = isoDateInJakarta(new Date());

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
});
afterAll(() => app.close());

/** Members not archived, per position: all of them, and those in post on `day` by core's rule. */
async function rosterByPosition(day: string): Promise<Map<string, { listed: number; inPost: number }>> {
  const members = await app.orm.em.fork().find(StaffMember, { archivedAt: null });
  const byPosition = new Map<string, { listed: number; inPost: number }>();
  for (const member of members) {
    const entry = byPosition.get(member.position.id) ?? { listed: 0, inPost: 0 };
    entry.listed += 1;
    if (isBeforePension(member.retiresOn, day)) entry.inPost += 1;
    byPosition.set(member.position.id, entry);
  }
  return byPosition;
}

type ListPage = {
  staffMembers: { totalCount: number; edges: { node: { retirementDate: string; archived: boolean } }[] };
};
const LIST = `query($f: StaffMemberFilter) { staffMembers(first: 100, filter: $f) { totalCount edges { node { retirementDate archived } } } }`;

describe('staff past their pension date', () => {
  it('are left out of the roster list by default, as of today, and listed with includeArchived', async () => {
    const roster = [...(await rosterByPosition(today)).values()];
    const listed = roster.reduce((sum, entry) => sum + entry.listed, 0);
    const inPost = roster.reduce((sum, entry) => sum + entry.inPost, 0);
    // The demo roster has members past their pension who nobody archived: the case this guards.
    expect(listed - inPost).toBeGreaterThan(5);
    const current = await app.gql<ListPage>(LIST, {}, cookie);
    expect(current.errors).toBeUndefined();
    expect(current.data?.staffMembers.totalCount).toBe(inPost);
    const nodes = current.data?.staffMembers.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(100);
    expect(nodes.filter((node) => !isBeforePension(node.retirementDate, today))).toEqual([]);
    const everyone = await app.gql<ListPage>(LIST, { f: { includeArchived: true } }, cookie);
    expect(everyone.data?.staffMembers.totalCount).toBe(await app.orm.em.fork().count(StaffMember, {}));
  });

  it('are not in a position’s bezetting in the needs analyses of the planning year', async () => {
    const roster = await rosterByPosition(bezettingDateOf(year));
    const response = await app.gql<{
      needsAnalyses: {
        edges: { node: { positionNeeds: { position: { id: string }; bezetting: number }[] } }[];
      };
    }>(
      `query($y: Int!) { needsAnalyses(first: 100, filter: { year: $y, latestOnly: true }) { edges { node { positionNeeds { position { id } bezetting } } } } }`,
      { y: year },
      cookie,
    );
    expect(response.errors).toBeUndefined();
    const needs = response.data?.needsAnalyses.edges.flatMap((edge) => edge.node.positionNeeds) ?? [];
    expect(needs.length).toBeGreaterThan(10);
    for (const need of needs) {
      expect(need.bezetting, need.position.id).toBe(roster.get(need.position.id)?.inPost ?? 0);
    }
    // Some analysed positions have holders past their pension: the count above is not the list's.
    expect(needs.some((need) => (roster.get(need.position.id)?.listed ?? 0) > need.bezetting)).toBe(true);
  });

  it('are not staff in the stored gaps, which count as of the planning year, not today', async () => {
    const roster = await rosterByPosition(bezettingDateOf(year));
    const rows = await app.orm.em.fork().find(GapRow, { year, horizon: 0 });
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.staff, row.position.id).toBe(roster.get(row.position.id)?.inPost ?? 0);
    expect(rows.some((row) => (roster.get(row.position.id)?.listed ?? 0) > row.staff)).toBe(true);
    const summary = await app.gql<{ gapSummary: { staff: number }[] }>(
      `query($y: Int!) { gapSummary(year: $y, groupBy: REGION) { staff } }`,
      { y: year },
      cookie,
    );
    expect(summary.data?.gapSummary[0]?.staff).toBe(rows.reduce((sum, row) => sum + row.staff, 0));
  });
});
