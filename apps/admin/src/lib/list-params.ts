import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

// List state lives in the URL (?q=&sector=&kind=&sort=&page=&size=&archived=1) so reload, back and sharing keep it.
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface ListState<K extends string> {
  q: string;
  page: number;
  size: number;
  sort: string | undefined;
  includeArchived: boolean;
  filters: Partial<Record<K, string>>;
}

export interface ListPatch<K extends string> {
  q?: string;
  page?: number;
  size?: number;
  sort?: string | undefined;
  includeArchived?: boolean;
  filters?: Partial<Record<K, string | undefined>>;
}

function readPositiveInt(value: string | null): number | undefined {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

function readPageSize(value: string | null): number {
  const size = readPositiveInt(value);
  return PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE;
}

export function readListState<K extends string>(
  params: URLSearchParams,
  filterKeys: readonly K[],
): ListState<K> {
  const filters: Partial<Record<K, string>> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return {
    q: params.get('q') ?? '',
    page: readPositiveInt(params.get('page')) ?? 1,
    size: readPageSize(params.get('size')),
    sort: params.get('sort') ?? undefined,
    includeArchived: params.get('archived') === '1',
    filters,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | undefined): void {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** Applies a change; anything but a page change returns to the first page. */
export function writeListPatch<K extends string>(
  current: URLSearchParams,
  patch: ListPatch<K>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  if (patch.q !== undefined) setOrDelete(next, 'q', patch.q.trim());
  if ('sort' in patch) setOrDelete(next, 'sort', patch.sort);
  if (patch.includeArchived !== undefined)
    setOrDelete(next, 'archived', patch.includeArchived ? '1' : undefined);
  if (patch.size !== undefined) {
    setOrDelete(next, 'size', patch.size === DEFAULT_PAGE_SIZE ? undefined : String(patch.size));
  }
  for (const [key, value] of Object.entries(patch.filters ?? {})) {
    setOrDelete(next, key, typeof value === 'string' ? value : undefined);
  }
  const page = patch.page ?? 1;
  setOrDelete(next, 'page', page > 1 ? String(page) : undefined);
  return next;
}

/**
 * The list's state read from the URL, and a setter that writes changes back (one history entry each).
 * `filterKeys` must be a module constant.
 */
export function useListParams<K extends string>(filterKeys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readListState(searchParams, filterKeys), [searchParams, filterKeys]);
  // The router commits navigations in a transition: two quick changes (kind, then kecamatan) must build on each
  // other, not on the URL of the last render.
  const latest = useRef(searchParams);
  useEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);
  const update = useCallback(
    (patch: ListPatch<K>) => {
      latest.current = writeListPatch(latest.current, patch);
      setSearchParams(latest.current);
    },
    [setSearchParams],
  );
  const serialized = searchParams.toString();
  return { state, update, search: serialized ? `?${serialized}` : '' };
}

/** The offset of a page for `first` + `offset` pagination. */
export function offsetOf(state: { page: number; size: number }): number {
  return (state.page - 1) * state.size;
}
