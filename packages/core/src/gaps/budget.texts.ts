import { formatForExplanation } from '../needs/number-format.js';
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
const en = (value: number) => formatForExplanation(value, 'en');
const id = (value: number) => formatForExplanation(value, 'id');
const enPct = (share: number) => `${en(share * PERCENT)}%`;
const idPct = (share: number) => `${id(share * PERCENT)}%`;

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
    `Belanja pegawai Rp${id(x.personnelSpending)} dikurangi tunjangan guru (TKD) Rp${id(x.excludedTeacherAllowances)} ` +
    `ditambah Rp${id(x.plannedCost)} untuk rencana pengadaan pegawai menjadi ${idPct(x.projectedShare)} dari ` +
    `total belanja daerah Rp${id(x.totalSpending)}; batasnya ${idPct(x.cap)}, ` +
    (x.exceedsCap
      ? `terlampaui sebesar Rp${id(-x.headroom)}.`
      : `masih tersisa ruang Rp${id(Math.max(0, x.headroom))}.`),
};
