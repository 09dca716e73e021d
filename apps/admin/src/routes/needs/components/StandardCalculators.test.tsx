import {
  PUSKESMAS_STAFFING_STANDARDS,
  puskesmasStandardNeed,
  RATIO_BENCHMARKS,
  ratioNeed,
} from '@formasi/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { type ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../i18n/create-i18n';
import { addFeatureTranslations } from '../../../i18n/features';
import { chooseOption, openSelect } from '../../../test/antd-select';
import { parseNumberText } from '../../../ui/number-text';
import { PositionNeedCard } from './PositionNeedCard';

/**
 * A doctor's position just added to a puskesmas's analysis: the card with empty standard fields, the puskesmas
 * table and the population ratio (the position serves 1,000 people per holder).
 */
function renderCard(
  card: { unitKind: string; draftPosition: ComponentProps<typeof PositionNeedCard>['draftPosition'] } = {
    unitKind: 'PUSKESMAS',
    draftPosition: {
      id: 'position-dokter',
      name: 'Dokter Ahli Pertama',
      isTeacher: false,
      servedPerStaffBenchmark: 1000,
    },
  },
) {
  render(
    <I18nextProvider i18n={addFeatureTranslations(createI18n('id'))}>
      <App>
        <PositionNeedCard
          analysisId="analysis-talawi-2026"
          effectiveHours={1250}
          roundingRule="HALF_UP"
          readOnly={false}
          unitKind={card.unitKind}
          draftPosition={card.draftPosition}
          saving={false}
          onSave={vi.fn()}
          onRemove={vi.fn()}
        />
      </App>
    </I18nextProvider>,
  );
  return {
    user: userEvent.setup(),
    need: () => screen.getByLabelText<HTMLInputElement>('Kebutuhan menurut standar').value,
    basis: () => screen.getByLabelText<HTMLInputElement>('Dasar perhitungan').value,
  };
}

describe('service-standard calculators', () => {
  it('starts the population ratio from the position’s own benchmark', async () => {
    const { user, need, basis } = renderCard();
    const calculators = within(screen.getByTestId('standard-calculators'));
    expect(calculators.getByLabelText<HTMLInputElement>('Per jumlah penduduk').value).toBe('1000');

    await user.type(calculators.getByLabelText('Penduduk dilayani'), '6500');
    await user.click(calculators.getByTestId('apply-ratio'));

    await waitFor(() => expect(parseNumberText(need())).toBe(ratioNeed(6500, 1000, 1).need));
    expect(basis()).toBe('Acuan jabatan ini: 1 tenaga per 1.000 penduduk: 6.500 penduduk / 1.000 × 1 = 6,50');
  });

  it('fills need and basis from the Permenkes 75/2014 puskesmas table and offers rural types as not configured', async () => {
    const { user, need, basis } = renderCard();
    const typeSelect = screen.getByRole('combobox', { name: 'Jenis puskesmas' });

    expect(await openSelect(user, typeSelect)).toEqual([
      'Perkotaan, non rawat inap',
      'Perkotaan, rawat inap',
      'Perdesaan, non rawat inap (belum dikonfigurasi)',
      'Perdesaan, rawat inap (belum dikonfigurasi)',
    ]);
    const rural = document.querySelector('.ant-select-item-option[title^="Perdesaan, rawat inap"]');
    expect(rural?.getAttribute('aria-disabled')).toBe('true');
    // The options say which types are not configured; no note repeats it on every card.
    expect(screen.queryByText('harus dikonfigurasi', { exact: false })).toBeNull();

    await chooseOption(user, typeSelect, 'Perkotaan, rawat inap');
    await chooseOption(user, screen.getByRole('combobox', { name: 'Kategori tenaga' }), 'Perawat');
    await user.click(screen.getByTestId('apply-puskesmas'));

    const expected = puskesmasStandardNeed(PUSKESMAS_STAFFING_STANDARDS, 'URBAN_INPATIENT', 'PERAWAT');
    expect(expected?.need).toBe(8);
    await waitFor(() => expect(need()).toBe(String(expected?.need)));
    expect(basis()).toBe('Permenkes 75/2014 (Perkotaan, rawat inap): Perawat 8 dari 31 tenaga');
  });

  it('fills need and basis from a population ratio, starting from a benchmark preset', async () => {
    const { user, need, basis } = renderCard();
    const calculators = within(screen.getByTestId('standard-calculators'));

    await user.type(calculators.getByLabelText('Penduduk dilayani'), '12345');
    await chooseOption(
      user,
      calculators.getByRole('combobox', { name: 'Acuan rasio' }),
      'Target nasional: 180 perawat per 100.000 penduduk',
    );
    await waitFor(() =>
      expect(calculators.getByLabelText<HTMLInputElement>('Jumlah tenaga').value).toBe('180'),
    );
    await user.click(calculators.getByTestId('apply-ratio'));

    const { perPopulation, staffPer } = RATIO_BENCHMARKS.NATIONAL_NURSE;
    const expected = ratioNeed(12345, perPopulation, staffPer).need;
    // The form takes the value after the click's update; under load that is not yet done when click() returns.
    await waitFor(() => expect(parseNumberText(need())).toBe(Number(expected.toFixed(2))));
    expect(need()).toBe('22,22');
    expect(basis()).toBe(
      'Target nasional: 180 perawat per 100.000 penduduk: 12.345 penduduk / 100.000 × 180 = 22,22',
    );
  });

  it('names an edited ratio by its numbers instead of the benchmark', async () => {
    const { user, need, basis } = renderCard();
    const calculators = within(screen.getByTestId('standard-calculators'));

    await user.type(calculators.getByLabelText('Penduduk dilayani'), '25000');
    await chooseOption(
      user,
      calculators.getByRole('combobox', { name: 'Acuan rasio' }),
      'WHO: 1 dokter per 1.000 penduduk',
    );
    const staff = calculators.getByLabelText<HTMLInputElement>('Jumlah tenaga');
    // The benchmark presets the staff count first; edit it only once that has landed.
    await waitFor(() => expect(staff.value).toBe('1'));
    await user.clear(staff);
    await user.type(staff, '2');
    await user.click(calculators.getByTestId('apply-ratio'));

    await waitFor(() => expect(parseNumberText(need())).toBe(ratioNeed(25000, 1000, 2).need));
    expect(basis()).toBe('2 tenaga per 1.000 penduduk: 25.000 penduduk / 1.000 × 2 = 50,00');
  });

  it('marks a negative or fractional rombel with core’s bound and applies nothing', async () => {
    const { user, need } = renderCard({
      unitKind: 'SCHOOL_SD',
      draftPosition: { id: 'position-guru', name: 'Guru Kelas Ahli Pertama', isTeacher: true },
    });
    const calculators = within(screen.getByTestId('standard-calculators'));
    const rombel = calculators.getByLabelText<HTMLInputElement>('Guru kelas SD (= rombel): Jumlah rombel');

    await user.type(rombel, '-5');
    expect(await calculators.findByText('Tidak boleh kurang dari 0.')).toBeTruthy();
    expect(rombel.value).toBe('-5');
    expect(calculators.getByTestId('apply-class-teachers').hasAttribute('disabled')).toBe(true);

    await user.clear(rombel);
    await user.type(rombel, '2,5');
    expect(await calculators.findByText('Harus berupa bilangan bulat.')).toBeTruthy();
    expect(calculators.getByTestId('apply-class-teachers').hasAttribute('disabled')).toBe(true);
    expect(need()).toBe('');
  });
});
