import { type Role, type RoleGrant } from '@formasi/core';

/**
 * The signed-in user as a request needs them: who they are and what they were granted. Read with the session in
 * one statement (or taken from the session cache); the full account (the `User` entity) loads only where it is
 * shown. Immutable, so a cached one is shared safely between requests.
 */
export class Viewer {
  constructor(
    readonly id: string,
    readonly email: string,
    readonly name: string,
    private readonly roleGrants: readonly RoleGrant[],
  ) {}

  /** Every role the user holds, region-wide or within a unit (see `grants` for where). */
  roles(): Role[] {
    return [...new Set(this.roleGrants.map((grant) => grant.role))];
  }

  grants(): RoleGrant[] {
    return [...this.roleGrants];
  }

  /** Whether the user holds a role region-wide (ADMIN and VIEWER are never unit-scoped). */
  hasRegionRole(role: Role): boolean {
    return this.roleGrants.some((grant) => grant.role === role && grant.unitId === null);
  }
}
