import { describe, expect, it } from 'vitest';
import { offsetOf, readListState, writeListPatch } from './list-params';

const KEYS = ['sector', 'kind'] as const;

describe('list URL state', () => {
  it('reads search, filters, sort, archived, page and size from the query string', () => {
    const state = readListState(
      new URLSearchParams('q=guru&sector=s1&kind=OPD&sort=NAME_DESC&page=3&size=50&archived=1'),
      KEYS,
    );
    expect(state).toEqual({
      q: 'guru',
      page: 3,
      size: 50,
      sort: 'NAME_DESC',
      includeArchived: true,
      filters: { sector: 's1', kind: 'OPD' },
    });
    expect(offsetOf(state)).toBe(100);
  });

  it('falls back to page 1 and 20 rows for missing or invalid numbers', () => {
    const state = readListState(new URLSearchParams('page=0&size=13&unknown=x'), KEYS);
    expect(state).toMatchObject({ page: 1, size: 20, filters: {} });
  });

  it('returns to the first page when anything but the page changes', () => {
    const next = writeListPatch(new URLSearchParams('q=guru&page=4'), { filters: { kind: 'PUSKESMAS' } });
    expect(next.toString()).toBe('q=guru&kind=PUSKESMAS');
  });

  it('keeps the URL short: defaults and cleared values are removed', () => {
    const next = writeListPatch(new URLSearchParams('q=guru&kind=OPD&archived=1&size=50'), {
      q: '  ',
      includeArchived: false,
      size: 20,
      filters: { kind: undefined },
    });
    expect(next.toString()).toBe('');
  });

  it('moves to another page without touching the filters', () => {
    const next = writeListPatch(new URLSearchParams('kind=OPD'), { page: 2 });
    expect(next.toString()).toBe('kind=OPD&page=2');
  });
});
