/**
 * Marks the end of an exhaustive `switch` over a union: the compiler rejects the call when a member is unhandled,
 * and at run time a value that slipped past the types fails loudly instead of falling through.
 */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
