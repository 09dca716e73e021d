import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection } from '../../test/fixtures';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { ADMIN, aGrant, aUser, DINKES, OPERATOR, TALAWI, VIEWER } from './user-fixtures';
import { UsersPage } from './UsersPage';

const UNITS = [TALAWI, DINKES];

function mockUsers(overrides: Record<string, Resolver> = {}) {
  const users: Record<string, unknown>[] = [ADMIN, OPERATOR, VIEWER];
  return mockGraphQL({
    UsersPage: () => ({ data: { me: { __typename: 'User', id: ADMIN.id }, users } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', UNITS) } }),
    UnitSelectSelected: ({ id }) => ({ data: { unit: UNITS.find((unit) => unit.id === id) ?? null } }),
    UsersPageCreate: ({ input }) => {
      const { role, unitId, name, email } = input as {
        role: string;
        unitId?: string;
        name: string;
        email: string;
      };
      const unit = UNITS.find((candidate) => candidate.id === unitId) ?? null;
      const created = aUser({ id: 'user-new', name, email, lastLoginAt: null, grants: [aGrant(role, unit)] });
      users.push(created);
      return { data: { createUser: created } };
    },
    UsersPageUpdate: ({ id, input }) => {
      const index = users.findIndex((user) => user.id === id);
      users[index] = { ...users[index], ...(input as Record<string, unknown>) };
      return { data: { updateUser: users[index] } };
    },
    ...overrides,
  });
}

function renderUsers(graphql: ReturnType<typeof mockGraphQL>, roles = ['ADMIN']) {
  return renderRoute(<UsersPage />, { client: graphql.client, path: '/users', url: '/users', roles });
}

async function rowOf(name: string): Promise<HTMLElement> {
  const row = (await screen.findByText(name)).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  // While the table reloads, antd's spinner overlay blocks pointer events (seen under load on CI).
  await waitFor(() => expect(row.closest('.ant-spin-blur')).toBeNull());
  return row;
}

/** The form item (label, control, messages) of one field. */
function fieldOf(form: HTMLElement, label: string): HTMLElement {
  const item = within(form).getByLabelText(label).closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`no form item for ${label}`);
  return item;
}

/** Renders the page for an administrator, opens "Tambah pengguna" and fills name, email and password. */
async function openFilledNewUserForm(user: UserEvent, graphql: ReturnType<typeof mockGraphQL>) {
  renderUsers(graphql);
  await rowOf('Dedi Saputra');
  await user.click(screen.getByTestId('create-button'));
  const form = await screen.findByTestId('user-create-form');
  await user.type(within(form).getByLabelText('Nama'), 'Yulia Fitri');
  await user.type(within(form).getByLabelText('Email'), 'yulia@sawahluntokota.go.id');
  await user.type(within(form).getByLabelText('Kata sandi'), 'talawi-2026-aman');
  return form;
}

describe('UsersPage', () => {
  it('lists each account with its role, the unit of an operator, its status and last sign-in', async () => {
    renderUsers(mockUsers());

    const operator = await rowOf('Dedi Saputra');
    expect(within(operator).getByText('Operator Unit')).toBeTruthy();
    expect(within(operator).getByText('Puskesmas Talawi')).toBeTruthy();
    expect(within(operator).getByText('Aktif')).toBeTruthy();
    expect(within(operator).getByText('Belum pernah masuk')).toBeTruthy();

    const admin = await rowOf('Rina Marlina');
    expect(within(admin).getByText('Administrator')).toBeTruthy();
    expect(within(admin).getByText('Anda')).toBeTruthy();
    expect(admin.textContent).toContain('2 Mar 2026, 08.30 WIB');
    expect(within(admin).queryByText('Puskesmas Talawi')).toBeNull();

    const viewer = await rowOf('Sari Wulandari');
    expect(within(viewer).getByText('Peninjau')).toBeTruthy();
    expect(within(viewer).getByText('Nonaktif')).toBeTruthy();
  });

  it('creates a unit operator for the chosen unit', async () => {
    const user = userEvent.setup();
    const graphql = mockUsers();
    const form = await openFilledNewUserForm(user, graphql);
    await user.click(within(form).getByText('Operator Unit'));
    await chooseOption(
      user,
      await within(form).findByRole('combobox', { name: 'Unit Kerja' }),
      'Dinas Kesehatan (DINKES)',
    );
    await user.click(screen.getByTestId('user-create-submit'));

    await waitFor(() =>
      expect(graphql.lastVariables('UsersPageCreate')).toEqual({
        input: {
          name: 'Yulia Fitri',
          email: 'yulia@sawahluntokota.go.id',
          password: 'talawi-2026-aman',
          role: 'UNIT_OPERATOR',
          unitId: 'unit-dinkes',
        },
      }),
    );
    expect(await screen.findByText('Pengguna berhasil ditambahkan.')).toBeTruthy();
    const created = await rowOf('Yulia Fitri');
    expect(within(created).getByText('Dinas Kesehatan')).toBeTruthy();
  });

  it('asks for a unit only when the role is Operator Unit', async () => {
    const user = userEvent.setup();
    const graphql = mockUsers();
    const form = await openFilledNewUserForm(user, graphql);
    expect(within(form).queryByLabelText('Unit Kerja')).toBeNull();
    await user.click(within(form).getByText('Operator Unit'));
    await within(form).findByRole('combobox', { name: 'Unit Kerja' });
    await user.click(screen.getByTestId('user-create-submit'));

    expect(await within(fieldOf(form, 'Unit Kerja')).findByText('Wajib diisi.')).toBeTruthy();
    expect(graphql.lastVariables('UsersPageCreate')).toBeUndefined();

    await user.click(within(form).getByText('Peninjau'));
    await waitFor(() => expect(within(form).queryByLabelText('Unit Kerja')).toBeNull());
    await user.click(screen.getByTestId('user-create-submit'));

    await waitFor(() =>
      expect(graphql.lastVariables('UsersPageCreate')).toEqual({
        input: {
          name: 'Yulia Fitri',
          email: 'yulia@sawahluntokota.go.id',
          password: 'talawi-2026-aman',
          role: 'VIEWER',
        },
      }),
    );
  });

  it("shows the server's objection to the email under the email field", async () => {
    const user = userEvent.setup();
    const graphql = mockUsers({
      UsersPageCreate: () =>
        badUserInput([
          {
            field: 'email',
            reason: 'DUPLICATE',
            message: 'An account for yulia@sawahluntokota.go.id already exists.',
          },
        ]),
    });
    const form = await openFilledNewUserForm(user, graphql);
    await user.click(screen.getByTestId('user-create-submit'));

    expect(await within(fieldOf(form, 'Email')).findByText('Sudah digunakan oleh data lain.')).toBeTruthy();
    expect(within(fieldOf(form, 'Nama')).queryByText('Sudah digunakan oleh data lain.')).toBeNull();
    expect(screen.queryByText('Pengguna berhasil ditambahkan.')).toBeNull();
  });

  it('disables an account and sends only that change', async () => {
    const user = userEvent.setup();
    const graphql = mockUsers();
    renderUsers(graphql);

    await user.click(within(await rowOf('Dedi Saputra')).getByTestId('edit-user'));
    const form = await screen.findByTestId('user-edit-form');
    await waitFor(() =>
      expect(within(fieldOf(form, 'Unit Kerja')).getByText('Puskesmas Talawi (PKM-TALAWI)')).toBeTruthy(),
    );
    await user.click(within(form).getByRole('switch'));
    await user.click(screen.getByTestId('user-edit-submit'));

    await waitFor(() =>
      expect(graphql.lastVariables('UsersPageUpdate')).toEqual({
        id: 'user-operator',
        input: { disabled: true },
      }),
    );
    expect(await screen.findByText('Perubahan pengguna berhasil disimpan.')).toBeTruthy();
    await waitFor(async () => expect(within(await rowOf('Dedi Saputra')).getByText('Nonaktif')).toBeTruthy());
  });

  it('keeps administrators from disabling themselves or dropping their own role', async () => {
    const user = userEvent.setup();
    renderUsers(mockUsers());

    await user.click(within(await rowOf('Rina Marlina')).getByTestId('edit-user'));
    const form = await screen.findByTestId('user-edit-form');

    expect(within(form).getByRole('switch').hasAttribute('disabled')).toBe(true);
    expect(within(form).getByRole('radio', { name: 'Peninjau' }).hasAttribute('disabled')).toBe(true);
    expect(
      screen.getByText('Anda tidak dapat menonaktifkan akun sendiri atau melepas peran administrator Anda.'),
    ).toBeTruthy();
  });

  it('offers nothing to a viewer and does not ask the server', async () => {
    const graphql = mockUsers();
    renderUsers(graphql, ['VIEWER']);

    expect(await screen.findByText('Hanya administrator BKPSDM yang dapat mengelola pengguna.')).toBeTruthy();
    expect(screen.queryByTestId('create-button')).toBeNull();
    expect(graphql.calls.some((call) => call.operationName === 'UsersPage')).toBe(false);
  });
});
