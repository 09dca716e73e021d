import { formatForExplanation, formatRupiahForExplanation } from '../shared/number-format.js';
import { type Language } from '../shared/language.js';

/** The figures of a headroom explanation; shares are 0..1, amounts in rupiah. */
export type HeadroomFigures = {
  personnelSpending: number;
  excludedTeacherAllowances: number;
  plannedCost: number;
  projectedShare: number;
  totalSpending: number;
  cap: number;
  headroom: number;
  exceedsCap: boolean;
};

const PERCENT = 100;
const en = (amount: number) => formatRupiahForExplanation(amount, 'en');
const id = (amount: number) => formatRupiahForExplanation(amount, 'id');
const enPct = (share: number) => `${formatForExplanation(share * PERCENT, 'en')}%`;
const idPct = (share: number) => `${formatForExplanation(share * PERCENT, 'id')}%`;

/** How personnel spending compares with the cap (UU HKPD 1/2022 Ps. 146) after the planned hires. */
export const HEADROOM_TEXTS: Readonly<Record<Language, (figures: HeadroomFigures) => string>> = {
  en: (x) =>
    `Personnel spending ${en(x.personnelSpending)} less ${en(x.excludedTeacherAllowances)} TKD teacher ` +
    `allowances plus ${en(x.plannedCost)} for planned hires is ${enPct(x.projectedShare)} of total spending ` +
    `${en(x.totalSpending)}; the cap is ${enPct(x.cap)}, ` +
    (x.exceedsCap
      ? `exceeded by ${en(-x.headroom)}.`
      : `leaving ${en(Math.max(0, x.headroom))} of headroom.`),
  id: (x) =>
    `Belanja pegawai ${id(x.personnelSpending)} dikurangi tunjangan guru (TKD) ${id(x.excludedTeacherAllowances)} ` +
    `ditambah ${id(x.plannedCost)} untuk rencana pengadaan pegawai menjadi ${idPct(x.projectedShare)} dari ` +
    `total belanja daerah ${id(x.totalSpending)}; batasnya ${idPct(x.cap)}, ` +
    (x.exceedsCap
      ? `terlampaui sebesar ${id(-x.headroom)}.`
      : `masih tersisa ruang ${id(Math.max(0, x.headroom))}.`),
};
