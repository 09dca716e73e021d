import { type DemandSignal } from '../needs/demand.js';
import { DEMAND_TEXTS } from '../needs/demand.texts.js';
import { formatForExplanation } from '../shared/number-format.js';
import { describeRounding, type RoundingRule } from '../needs/rounding.js';
import { type FteResult } from '../needs/workload.js';
import { type Language } from '../shared/language.js';
import { type Gap, type GapKind } from './gap.js';
import { type LeavingReason } from './leaving.js';

export type GapTexts = {
  workloadLabel: string;
  workloadFormula: (workload: FteResult) => string;
  needLabel: (signal: DemandSignal) => string;
  roundedNeedLabel: string;
  roundedNeedFormula: (rule: RoundingRule, need: number, headcount: number) => string;
  staffLabel: string;
  staffFormula: (staff: number) => string;
  leavingLabel: (year: number) => string;
  /** Leaving without a breakdown by reason. */
  leavingTotal: (leaving: number) => string;
  leavingByReason: (byReason: Readonly<Record<LeavingReason, number>>, leaving: number) => string;
  projectedStaffLabel: (year: number) => string;
  projectedStaffFormula: (gap: Gap) => string;
  gapLabel: (year: number) => string;
  gapFormula: (gap: Gap) => string;
  summary: Readonly<Record<GapKind, (gap: Gap, year: number) => string>>;
};

const en = (value: number) => formatForExplanation(value, 'en');
const id = (value: number) => formatForExplanation(value, 'id');

const ID_SIGNALS = DEMAND_TEXTS.id.signal;
const ID_GAP_KINDS: Readonly<Record<GapKind, string>> = {
  SHORTAGE: 'kekurangan',
  SURPLUS: 'kelebihan',
  BALANCED: 'seimbang',
};

/** The steps of "why is this a gap?"; years are printed as they are (no thousands separator). */
export const GAP_TEXTS: Readonly<Record<Language, GapTexts>> = {
  en: {
    workloadLabel: 'Workload FTE',
    workloadFormula: (w) => `${en(w.workloadMinutes)} min / (${w.effectiveHours} h × 60) = ${en(w.fte)}`,
    needLabel: (signal) => `Need (${signal})`,
    roundedNeedLabel: 'Headcount needed',
    roundedNeedFormula: (rule, need, headcount) =>
      `${describeRounding(rule, 'en')}: ${en(need)} → ${headcount}`,
    staffLabel: 'Staff in post',
    staffFormula: (staff) => `${staff} in post now`,
    leavingLabel: (year) => `Leaving by end of ${year}`,
    leavingTotal: (leaving) => `${leaving} leave by the end of the year`,
    leavingByReason: (r, leaving) =>
      `${r.RETIREMENT} retiring + ${r.CONTRACT_END} contract ending + ${r.TRANSFER} transferring = ${leaving}`,
    projectedStaffLabel: (year) => `Staff at end of ${year}`,
    projectedStaffFormula: (gap) => `${gap.staff} − ${gap.leaving} = ${gap.projectedStaff}`,
    gapLabel: (year) => `Gap in ${year}`,
    gapFormula: (gap) =>
      `${en(gap.need)} − ${gap.projectedStaff} = ${en(gap.gap)} (${gap.kind.toLowerCase()})`,
    summary: {
      SHORTAGE: (gap, year) =>
        `By the end of ${year} the unit is short of ${en(gap.gap)}: it needs ${en(gap.need)} and will have ${gap.projectedStaff}.`,
      SURPLUS: (gap, year) =>
        `By the end of ${year} the unit has ${en(-gap.gap)} more than needed: it needs ${en(gap.need)} and will have ${gap.projectedStaff}.`,
      BALANCED: (gap, year) => `By the end of ${year} the unit has exactly the ${en(gap.need)} it needs.`,
    },
  },
  id: {
    workloadLabel: 'Kebutuhan menurut beban kerja (FTE)',
    workloadFormula: (w) =>
      `${id(w.workloadMinutes)} menit / (${id(w.effectiveHours)} jam × 60) = ${id(w.fte)}`,
    needLabel: (signal) => `Kebutuhan menurut ${ID_SIGNALS[signal]}`,
    roundedNeedLabel: 'Jumlah pegawai yang dibutuhkan',
    roundedNeedFormula: (rule, need, headcount) =>
      `${describeRounding(rule, 'id')}: ${id(need)} → ${id(headcount)}`,
    staffLabel: 'Pegawai yang ada (bezetting)',
    staffFormula: (staff) => `${id(staff)} pegawai menjabat saat ini`,
    leavingLabel: (year) => `Pegawai keluar hingga akhir ${year}`,
    leavingTotal: (leaving) => `${id(leaving)} pegawai keluar hingga akhir tahun`,
    leavingByReason: (r, leaving) =>
      `${id(r.RETIREMENT)} pensiun + ${id(r.CONTRACT_END)} kontrak PPPK berakhir + ${id(r.TRANSFER)} mutasi keluar = ${id(leaving)}`,
    projectedStaffLabel: (year) => `Pegawai pada akhir ${year}`,
    projectedStaffFormula: (gap) =>
      `${id(gap.staff)} − ${id(gap.leaving)} = ${id(gap.projectedStaff)} pegawai`,
    gapLabel: (year) => `Selisih tahun ${year}`,
    gapFormula: (gap) =>
      `${id(gap.need)} − ${id(gap.projectedStaff)} = ${id(gap.gap)} (${ID_GAP_KINDS[gap.kind]})`,
    summary: {
      SHORTAGE: (gap, year) =>
        `Pada akhir ${year} unit kekurangan ${id(gap.gap)} pegawai: dibutuhkan ${id(gap.need)}, akan tersedia ${id(gap.projectedStaff)}.`,
      SURPLUS: (gap, year) =>
        `Pada akhir ${year} unit kelebihan ${id(-gap.gap)} pegawai: dibutuhkan ${id(gap.need)}, akan tersedia ${id(gap.projectedStaff)}.`,
      BALANCED: (gap, year) =>
        `Pada akhir ${year} jumlah pegawai unit tepat sebanyak yang dibutuhkan, yaitu ${id(gap.need)}.`,
    },
  },
};
