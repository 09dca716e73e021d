import { formatForExplanation, formatOneDecimal } from '../shared/number-format.js';
import { type Language } from '../shared/language.js';

export type PriorityTexts = {
  sectorUrgent: string;
  sectorPriority: (value: number) => string;
  /** `percent` is already formatted, e.g. "30%". */
  severity: (unmet: number, need: number, percent: string) => string;
  serviceImpactUnknown: string;
  serviceImpact: (served: number, benchmark: number, percent: string) => string;
  retirements: (retiring: number, staff: number, percent: string) => string;
  stakeholder: (weight: number) => string;
  ranked: (gap: number, score: number) => string;
  unranked: (gap: number) => string;
};

const en = (value: number) => formatForExplanation(value, 'en');
const id = (value: number) => formatForExplanation(value, 'id');

/** The explanation of each priority factor and of the score. */
export const PRIORITY_TEXTS: Readonly<Record<Language, PriorityTexts>> = {
  en: {
    sectorUrgent: 'The sector is marked urgent, so it counts in full.',
    sectorPriority: (value) => `The sector's priority for the year is ${en(value)} of 1.`,
    severity: (unmet, need, percent) => `${en(unmet)} of a need of ${en(need)} is unmet (${percent}).`,
    serviceImpactUnknown: 'The service load per staff member or its benchmark is unknown, so it counts 0.',
    serviceImpact: (served, benchmark, percent) =>
      `Each staff member serves ${en(served)} against a benchmark of ${en(benchmark)} (${percent}, capped at 100%).`,
    retirements: (retiring, staff, percent) =>
      `${retiring} of ${staff} staff retire within 2 years (${percent}).`,
    stakeholder: (weight) => `Confirmed stakeholder requests weigh ${en(weight)} of 1.`,
    ranked: (gap, score) => `Shortage of ${en(gap)} scores ${formatOneDecimal(score, 'en')} of 100.`,
    unranked: (gap) => `No shortage (gap ${en(gap)}), so the priority score is 0.`,
  },
  id: {
    sectorUrgent: 'Sektor ditandai mendesak, sehingga prioritas sektor dihitung penuh.',
    sectorPriority: (value) => `Prioritas sektor untuk tahun ini ${id(value)} dari 1.`,
    severity: (unmet, need, percent) =>
      `Tingkat keparahan: ${id(unmet)} dari kebutuhan ${id(need)} belum terpenuhi (${percent}).`,
    serviceImpactUnknown:
      'Beban layanan per pegawai atau patokannya belum diketahui, sehingga dampak layanan dihitung 0.',
    serviceImpact: (served, benchmark, percent) =>
      `Dampak layanan: setiap pegawai melayani ${id(served)} dibandingkan patokan ${id(benchmark)} ` +
      `(${percent}, paling tinggi 100%).`,
    retirements: (retiring, staff, percent) =>
      `Pegawai pensiun: ${id(retiring)} dari ${id(staff)} pegawai pensiun dalam 2 tahun (${percent}).`,
    stakeholder: (weight) => `Masukan pemangku kepentingan yang dikonfirmasi berbobot ${id(weight)} dari 1.`,
    ranked: (gap, score) =>
      `Kekurangan ${id(gap)} pegawai menghasilkan skor prioritas ${formatOneDecimal(score, 'id')} dari 100.`,
    unranked: (gap) => `Tidak ada kekurangan (selisih ${id(gap)}), sehingga skor prioritas 0.`,
  },
};
