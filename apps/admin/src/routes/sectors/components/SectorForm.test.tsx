import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { mockGraphQL } from '../../../test/mock-graphql';
import { renderRoute } from '../../../test/render';
import { SectorForm, SectorForm_sector } from './SectorForm';

const SECTOR = makeFragmentData(
  { id: 's1', code: 'KESEHATAN', name: 'Kesehatan', description: 'Urusan kesehatan', archived: false },
  SectorForm_sector,
);

describe('SectorForm', () => {
  it('starts from the sector, upper-cases the code and shows a DUPLICATE code under the code field', async () => {
    const user = userEvent.setup();
    const duplicate = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Code PENDIDIKAN is already used.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'code', reason: 'DUPLICATE' },
        }),
      ],
    });
    const onSubmit = vi.fn(async () => duplicate);
    renderRoute(<SectorForm sector={SECTOR} submitting={false} readOnly={false} onSubmit={onSubmit} />, {
      client: mockGraphQL({}).client,
      path: '/sectors/:id',
      url: '/sectors/s1',
    });
    const code = screen.getByLabelText<HTMLInputElement>('Kode');
    expect(code.value).toBe('KESEHATAN');

    await user.clear(code);
    await user.type(code, 'pendidikan');
    await user.click(screen.getByTestId('submit-button'));

    expect(await screen.findByText('Sudah digunakan oleh data lain.')).toBeTruthy();
    expect(onSubmit).toHaveBeenCalledWith({
      code: 'PENDIDIKAN',
      name: 'Kesehatan',
      description: 'Urusan kesehatan',
    });
  });
});
