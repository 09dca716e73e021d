/** `value` when it is one of `values` (URL parameters, stored settings), otherwise undefined. */
export function oneOf<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): T | undefined {
  return values.find((candidate) => candidate === value);
}
