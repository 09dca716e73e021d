import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection } from '../../test/fixtures';
import { mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { NeedsComparePage } from './NeedsComparePage';
import { aNeedsAnalysis } from './needs-fixtures';

const POSITION = { __typename: 'Position', id: 'position-perawat', name: 'Perawat Ahli Pertama' };

const V1 = aNeedsAnalysis({ id: 'analysis-v1', version: 1, status: 'FINAL' });
const V2 = aNeedsAnalysis({ id: 'analysis-v2', version: 2 });
const V3 = aNeedsAnalysis({ id: 'analysis-v3', version: 3, status: 'FINAL' });

function renderCompare(url: string, versions = [V2, V3, V1]) {
  const graphql = mockGraphQL({
    NeedsComparePage: () => ({ data: { needsAnalysis: V2 } }),
    NeedsComparePageVersions: () => ({ data: { needsAnalyses: aConnection('NeedsAnalysis', versions) } }),
    NeedsComparePageCompare: () => ({
      data: {
        compareNeedsAnalyses: [
          {
            __typename: 'PositionNeedComparison',
            position: POSITION,
            fromNeed: 1.2,
            fromHeadcount: 1,
            toNeed: 2.5,
            toHeadcount: 3,
            delta: 1.3,
          },
        ],
      },
    }),
  });
  const view = renderRoute(<NeedsComparePage />, { client: graphql.client, path: '/needs/:id/compare', url });
  return { ...view, graphql };
}

describe('NeedsComparePage', () => {
  it('compares the chosen version with this one and shows the change per position', async () => {
    const user = userEvent.setup();
    const { router, graphql } = renderCompare('/needs/analysis-v2/compare');
    expect(
      await screen.findByText('Pilih versi pembanding untuk melihat perubahan kebutuhan per jabatan.'),
    ).toBeTruthy();

    await chooseOption(user, screen.getByLabelText('Bandingkan dengan'), 'Versi 1 · Ditetapkan');

    await waitFor(() => expect(router.state.location.search).toBe('?with=analysis-v1'));
    const row = (await screen.findByText('Perawat Ahli Pertama')).closest('tr');
    expect(row?.textContent).toContain('1,20');
    expect(row?.textContent).toContain('2,50');
    expect(row?.textContent).toContain('+1,30');
    expect(graphql.lastVariables('NeedsComparePageCompare')).toEqual({
      fromId: 'analysis-v1',
      toId: 'analysis-v2',
    });
  });

  it('compares with the only other version straight away', async () => {
    const { graphql } = renderCompare('/needs/analysis-v2/compare', [V2, V1]);
    const row = (await screen.findByText('Perawat Ahli Pertama')).closest('tr');
    expect(row?.textContent).toContain('+1,30');
    expect(graphql.lastVariables('NeedsComparePageCompare')).toEqual({
      fromId: 'analysis-v1',
      toId: 'analysis-v2',
    });
    expect(
      screen.queryByText('Pilih versi pembanding untuk melihat perubahan kebutuhan per jabatan.'),
    ).toBeNull();
  });
});
