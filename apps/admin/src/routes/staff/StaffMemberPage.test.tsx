import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { StaffMemberPage } from './StaffMemberPage';
import { aStaffMember, NIP_PERAWAT } from './staff-fixtures';

const anEdit = {
  __typename: 'StaffMemberChange',
  id: 'change-1',
  kind: 'EDIT',
  changedAt: '2026-12-01T03:00:00.000Z',
  changedByName: 'Administrator',
  effectiveOn: null,
  archiveReason: null,
  note: null,
  changes: [
    { __typename: 'StaffFieldChange', field: 'name', from: 'Rahmat', to: 'Rahmat Hidayat' },
    { __typename: 'StaffFieldChange', field: 'birthDate', from: null, to: null },
  ],
};

function renderMember(resolvers: Record<string, Resolver> = {}, roles = ['ADMIN']) {
  const member = aStaffMember({
    nip: NIP_PERAWAT,
    birthDate: '1968-03-15',
    tmt: '2015-01-01',
    archivedAt: null,
    history: [anEdit],
  });
  const graphql = mockGraphQL({
    StaffMemberPage: () => ({ data: { staffMember: member } }),
    ...resolvers,
  });
  const view = renderRoute(<StaffMemberPage />, {
    client: graphql.client,
    path: '/staff/:id',
    url: '/staff/staff-1',
    roles,
  });
  return { ...view, graphql };
}

describe('StaffMemberPage', () => {
  it('shows the member’s details and history, a hidden birth date as hidden', async () => {
    renderMember();

    expect(await screen.findByDisplayValue('Rahmat Hidayat')).toBeTruthy();
    expect(screen.getByText('Perawat Ahli Pertama · Puskesmas Talawi')).toBeTruthy();
    const history = screen.getByTestId('staff-history');
    expect(within(history).getByText('Ubah data')).toBeTruthy();
    expect(within(history).getByText(/Rahmat → Rahmat Hidayat/)).toBeTruthy();
    expect(within(history).getByText(/\(disembunyikan\) → \(disembunyikan\)/)).toBeTruthy();
  });

  it('refuses a TMT in the future with core’s rule before sending, and shows the server’s issues under their fields', async () => {
    const user = userEvent.setup();
    const { graphql } = renderMember({
      StaffMemberPageUpdate: () =>
        badUserInput([{ field: 'nip', reason: 'DUPLICATE', message: 'Another staff member has NIP x.' }]),
    });
    const tmt = await screen.findByLabelText('TMT');

    await user.clear(tmt);
    await user.type(tmt, '2999-01-01');
    await user.click(screen.getByTestId('submit-button'));
    expect(await screen.findByText('Tanggal tidak valid.')).toBeTruthy();
    expect(graphql.lastVariables('StaffMemberPageUpdate')).toBeUndefined();

    await user.clear(tmt);
    await user.type(tmt, '2015-01-01');
    await user.click(screen.getByTestId('submit-button'));
    const duplicate = await screen.findByText('Sudah digunakan oleh data lain.');
    expect(duplicate.closest('.ant-form-item')?.querySelector('input')).toBe(
      screen.getByLabelText('NIP / NI PPPK'),
    );
    expect(graphql.lastVariables('StaffMemberPageUpdate')).toMatchObject({
      id: 'staff-1',
      input: { nip: NIP_PERAWAT, tmt: '2015-01-01', contractEnd: null },
    });
  });

  it('is read-only, without move or archive, for roles that may not change staff', async () => {
    renderMember({}, ['VIEWER']);

    const name = await screen.findByDisplayValue<HTMLInputElement>('Rahmat Hidayat');
    expect(name.disabled).toBe(true);
    expect(screen.queryByTestId('staff-move-button')).toBeNull();
    expect(screen.queryByTestId('staff-archive-button')).toBeNull();
  });
});
