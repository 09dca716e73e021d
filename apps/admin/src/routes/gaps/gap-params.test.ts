import { describe, expect, it } from 'vitest';
import { readListState } from '../../lib/list-params';
import { GAP_PARAM_KEYS, priorityParam, readGapParams } from './gap-params';

const JUNE_2025 = new Date('2025-06-15T03:00:00Z');

function paramsOf(query: string) {
  return readGapParams(readListState(new URLSearchParams(query), GAP_PARAM_KEYS), JUNE_2025);
}

describe('gap dashboard URL state', () => {
  it('defaults to next year, this year’s leavers and priority order', () => {
    expect(paramsOf('')).toMatchObject({ year: 2026, horizon: 0, sort: 'PRIORITY_DESC', filter: {} });
  });

  it('reads the priority range, kind and gap kind, ignoring values outside the contract', () => {
    expect(paramsOf('minPriority=25&maxPriority=80&kind=PELAKSANA&gap=SURPLUS').filter).toEqual({
      positionKind: 'PELAKSANA',
      gapKind: 'SURPLUS',
      minPriority: 25,
      maxPriority: 80,
    });
    expect(paramsOf('minPriority=-5&maxPriority=101&kind=X&gap=Y&horizon=5&sort=RANDOM')).toMatchObject({
      horizon: 0,
      sort: 'PRIORITY_DESC',
      filter: {},
    });
  });

  it('leaves a priority bound at the end of the scale out of the URL', () => {
    expect(priorityParam(0, 0)).toBeUndefined();
    expect(priorityParam(100, 100)).toBeUndefined();
    expect(priorityParam(40, 0)).toBe('40');
  });
});
