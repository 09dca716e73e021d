// Builders of `users` answers (with __typename, as the server sends them) for component tests.
export const TALAWI = {
  __typename: 'Unit',
  id: 'unit-pkm-talawi',
  code: 'PKM-TALAWI',
  name: 'Puskesmas Talawi',
};
export const DINKES = { __typename: 'Unit', id: 'unit-dinkes', code: 'DINKES', name: 'Dinas Kesehatan' };

export function aGrant(role: string, unit: { id: string; name: string } | null = null) {
  return { __typename: 'RoleGrant', role, unit };
}

export function aUser(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'User',
    id: 'user-admin',
    name: 'Rina Marlina',
    email: 'rina@sawahluntokota.go.id',
    disabled: false,
    lastLoginAt: '2026-03-02T01:30:00.000Z',
    grants: [aGrant('ADMIN')],
    ...overrides,
  };
}

export const ADMIN = aUser();
export const OPERATOR = aUser({
  id: 'user-operator',
  name: 'Dedi Saputra',
  email: 'dedi@sawahluntokota.go.id',
  lastLoginAt: null,
  grants: [aGrant('UNIT_OPERATOR', TALAWI)],
});
export const VIEWER = aUser({
  id: 'user-viewer',
  name: 'Sari Wulandari',
  email: 'sari@sawahluntokota.go.id',
  disabled: true,
  lastLoginAt: null,
  grants: [aGrant('VIEWER')],
});
