import { describe, expect, it } from 'vitest';
import { chooseDemand, validateDemandChoice, type DemandInput } from './demand.js';

describe('chooseDemand', () => {
  it.each<[string, DemandInput, string, number]>([
    ['the standard when it is larger', { workloadFte: 2.4, standardNeed: 6 }, 'SERVICE_STANDARD', 6],
    ['the workload when it is larger', { workloadFte: 3.2, standardNeed: 2 }, 'WORKLOAD', 3.2],
    ['the workload on a tie', { workloadFte: 4, standardNeed: 4 }, 'WORKLOAD', 4],
    ['the only signal: standard', { workloadFte: null, standardNeed: 22 }, 'SERVICE_STANDARD', 22],
    ['the only signal: workload', { workloadFte: 2.4, standardNeed: null }, 'WORKLOAD', 2.4],
  ])('defaults to %s', (_name, input, signal, need) => {
    expect(chooseDemand(input)).toMatchObject({ signal, need });
  });

  it.each<[DemandInput, string]>([
    [
      { workloadFte: 2.4, standardNeed: 6 },
      'The service standard need 6 exceeds the workload (ABK) need 2.4, so the larger signal is used.',
    ],
    [
      { workloadFte: 4, standardNeed: 4 },
      'The workload (ABK) need 4 equals the service standard need 4, so the larger signal is used.',
    ],
    [
      { workloadFte: null, standardNeed: 22 },
      'Only the service standard need 22 is available, so it is used.',
    ],
  ])('says why: %j', (input, reason) => {
    expect(chooseDemand(input).reason).toBe(reason);
  });

  it('honours an explicit choice with a note, even of the smaller signal', () => {
    const note = 'Two of six SD rombel are merged from July; the ABK reflects the new timetable.';
    expect(chooseDemand({ workloadFte: 2.4, standardNeed: 6, choice: 'WORKLOAD', note })).toEqual({
      signal: 'WORKLOAD',
      need: 2.4,
      reason: `The workload (ABK) need 2.4 was chosen by hand: ${note}`,
    });
  });

  it.each<[string, DemandInput, [string, string][]]>([
    [
      'a choice without a note',
      { workloadFte: 2.4, standardNeed: 6, choice: 'WORKLOAD' },
      [['note', 'REQUIRED']],
    ],
    [
      'a choice with a blank note',
      { workloadFte: 2.4, standardNeed: 6, choice: 'SERVICE_STANDARD', note: '  ' },
      [['note', 'REQUIRED']],
    ],
    [
      'a choice of a missing signal',
      { workloadFte: 2.4, standardNeed: null, choice: 'SERVICE_STANDARD', note: 'ok' },
      [['choice', 'NOT_ALLOWED']],
    ],
    ['no signal at all', { workloadFte: null, standardNeed: null }, [['workloadFte', 'REQUIRED']]],
    ['a negative workload', { workloadFte: -1, standardNeed: 2 }, [['workloadFte', 'INVALID_VALUE']]],
    ['an infinite standard', { workloadFte: 1, standardNeed: Infinity }, [['standardNeed', 'INVALID_VALUE']]],
  ])('refuses %s', (_name, input, expected) => {
    expect(validateDemandChoice(input).map((i) => [i.field, i.reason])).toEqual(expected);
    expect(() => chooseDemand(input)).toThrow(
      expect.objectContaining({ name: 'DomainError', field: expected[0]?.[0] }),
    );
  });
});

describe('chooseDemand in Bahasa Indonesia', () => {
  it.each<[DemandInput, string]>([
    [
      { workloadFte: 2.4, standardNeed: 6 },
      'Kebutuhan menurut standar pelayanan sebesar 6 lebih besar daripada kebutuhan menurut beban kerja (ABK) ' +
        'sebesar 2,4, sehingga dipakai sinyal yang lebih besar.',
    ],
    [
      { workloadFte: 4, standardNeed: 4 },
      'Kebutuhan menurut beban kerja (ABK) sebesar 4 sama dengan kebutuhan menurut standar pelayanan sebesar 4, ' +
        'sehingga dipakai kebutuhan menurut beban kerja (ABK).',
    ],
    [
      { workloadFte: null, standardNeed: 1250 },
      'Hanya kebutuhan menurut standar pelayanan sebesar 1.250 yang tersedia, sehingga angka itu yang dipakai.',
    ],
    [
      {
        workloadFte: 29 / 12,
        standardNeed: 6,
        choice: 'WORKLOAD',
        note: ' Dua rombel digabung mulai Juli. ',
      },
      'Kebutuhan menurut beban kerja (ABK) sebesar 2,42 dipilih secara manual: Dua rombel digabung mulai Juli.',
    ],
  ])('says why in Indonesian: %j', (input, reason) => {
    const indonesian = chooseDemand(input, 'id');
    expect(indonesian.reason).toBe(reason);
    expect(indonesian).toMatchObject({ signal: chooseDemand(input).signal, need: chooseDemand(input).need });
    expect(indonesian.reason).not.toBe(chooseDemand(input, 'en').reason);
  });
});
