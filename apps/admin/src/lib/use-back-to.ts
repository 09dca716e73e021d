import { useLocation } from 'react-router';

function hasListSearch(state: unknown): state is { listSearch: string } {
  return (
    typeof state === 'object' &&
    state !== null &&
    'listSearch' in state &&
    typeof state.listSearch === 'string'
  );
}

/** The list a record was opened from, with its filters and page (passed as link state), else the bare list. */
export function useBackTo(listPath: string): string {
  const { state } = useLocation();
  return hasListSearch(state) ? `${listPath}${state.listSearch}` : listPath;
}
