import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let cookie: string;
const year = new Date().getFullYear() + 1;

type Texts = {
  gaps: {
    edges: {
      node: {
        kind: string;
        explanationSummary: string;
        prioritySummary: string;
        explanation: { key: string; label: string; formula: string; value: number }[];
        factors: { factor: string; value: number; explanation: string }[];
      };
    }[];
  };
  planningYear: { budget: { explanation: string } | null } | null;
  needsAnalyses: { edges: { node: { positionNeeds: { signal: string; signalReason: string }[] } }[] };
};
// The top-ranked gap (always a shortage in the demo), the year's budget and one analysis' needs.
const TEXTS = `query($y: Int!) {
  gaps(year: $y, first: 1) { edges { node { kind explanationSummary prioritySummary
    explanation { key label formula value } factors { factor value explanation } } } }
  planningYear(year: $y) { budget { explanation } }
  needsAnalyses(first: 1, filter: { year: $y, latestOnly: true }) { edges { node { positionNeeds { signal signalReason } } } }
}`;
const texts = async (headers?: Record<string, string>) => {
  const response = await app.gql<Texts>(TEXTS, { y: year }, cookie, headers);
  expect(response.errors).toBeUndefined();
  expect(response.headers.get('vary') ?? '').toMatch(/accept-language/i);
  const gap = response.data?.gaps.edges[0]?.node;
  const needs = response.data?.needsAnalyses.edges[0]?.node.positionNeeds ?? [];
  if (!gap) throw new Error('the demo data has no gap');
  return { gap, budget: response.data?.planningYear?.budget?.explanation, needs };
};

beforeAll(async () => {
  app = await startTestApp();
  cookie = await app.login();
});
afterAll(() => app.close());

describe('explanations in the request’s language', () => {
  it('answers the same gap in Bahasa Indonesia for Accept-Language: id-ID and in English without it', async () => {
    const english = await texts();
    const indonesian = await texts({ 'Accept-Language': 'id-ID,id;q=0.9,en;q=0.8' });

    expect(english.gap.kind).toBe('SHORTAGE');
    expect(english.gap.explanationSummary).toMatch(/^By the end of \d{4} the unit is short of /);
    expect(indonesian.gap.explanationSummary).toMatch(/^Pada akhir \d{4} unit kekurangan \S+ pegawai: /);
    expect(english.gap.prioritySummary).toMatch(/^Shortage of .* of 100\.$/);
    expect(indonesian.gap.prioritySummary).toMatch(/^Kekurangan .* skor prioritas \d+,\d dari 100\.$/);
    const steps = (gap: Texts['gaps']['edges'][number]['node']) =>
      gap.explanation.map((s) => [s.key, s.value]);
    expect(steps(indonesian.gap)).toEqual(steps(english.gap));
    english.gap.explanation.forEach((step, index) => {
      expect(indonesian.gap.explanation[index]?.label).not.toBe(step.label);
      expect(indonesian.gap.explanation[index]?.formula).not.toBe(step.formula);
    });
    expect(indonesian.gap.explanation.find((s) => s.key === 'GAP')?.formula).toMatch(/\(kekurangan\)$/);
    english.gap.factors.forEach((factor, index) => {
      expect(indonesian.gap.factors[index]).toMatchObject({ factor: factor.factor, value: factor.value });
      expect(indonesian.gap.factors[index]?.explanation).not.toBe(factor.explanation);
    });

    expect(english.budget).toMatch(/^Personnel spending IDR \d{1,3}(,\d{3})* less /);
    expect(indonesian.budget).toMatch(/^Belanja pegawai Rp\d{1,3}(\.\d{3})* dikurangi /);
    expect(english.needs.length).toBeGreaterThan(0);
    expect(indonesian.needs).toHaveLength(english.needs.length);
    expect(english.needs.every((need) => /^(The|Only the) /.test(need.signalReason))).toBe(true);
    expect(indonesian.needs.every((need) => /^(Kebutuhan|Hanya) /.test(need.signalReason))).toBe(true);
  });

  it('stays English for English and for languages it does not speak', async () => {
    const english = await texts();
    expect(await texts({ 'Accept-Language': 'en-US,en;q=0.9' })).toEqual(english);
    expect(await texts({ 'Accept-Language': 'fr-FR,id;q=0.5' })).toEqual(english);
  });
});
