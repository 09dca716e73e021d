import { type Language } from '../shared/language.js';
import { type DemandSignal } from './demand-signals.js';
import { formatForExplanation } from '../shared/number-format.js';

/** One signal and its need, as a reason sentence names it. */
export type SignalValue = { signal: DemandSignal; need: number };

export type DemandTexts = {
  signal: Readonly<Record<DemandSignal, string>>;
  /** Only one signal has a value. */
  only: (used: SignalValue) => string;
  /** The default: the larger signal (workload on a tie). */
  larger: (used: SignalValue, other: SignalValue) => string;
  /** An explicit choice with its note. */
  chosen: (used: SignalValue, note: string) => string;
};

const EN_SIGNALS: Readonly<Record<DemandSignal, string>> = {
  WORKLOAD: 'workload (ABK)',
  SERVICE_STANDARD: 'service standard',
};
const ID_SIGNALS: Readonly<Record<DemandSignal, string>> = {
  WORKLOAD: 'beban kerja (ABK)',
  SERVICE_STANDARD: 'standar pelayanan',
};
const id = (value: number) => formatForExplanation(value, 'id');
const idNeed = ({ signal, need }: SignalValue) =>
  `kebutuhan menurut ${ID_SIGNALS[signal]} sebesar ${id(need)}`;

/** Why a need uses the signal it uses; English prints the needs unrounded, as it always has. */
export const DEMAND_TEXTS: Readonly<Record<Language, DemandTexts>> = {
  en: {
    signal: EN_SIGNALS,
    only: (used) => `Only the ${EN_SIGNALS[used.signal]} need ${used.need} is available, so it is used.`,
    larger: (used, other) =>
      `The ${EN_SIGNALS[used.signal]} need ${used.need} ${used.need === other.need ? 'equals' : 'exceeds'} ` +
      `the ${EN_SIGNALS[other.signal]} need ${other.need}, so the larger signal is used.`,
    chosen: (used, note) => `The ${EN_SIGNALS[used.signal]} need ${used.need} was chosen by hand: ${note}`,
  },
  id: {
    signal: ID_SIGNALS,
    only: (used) => `Hanya ${idNeed(used)} yang tersedia, sehingga angka itu yang dipakai.`,
    larger: (used, other) =>
      used.need === other.need
        ? `Kebutuhan menurut ${ID_SIGNALS[used.signal]} sebesar ${id(used.need)} sama dengan ${idNeed(other)}, ` +
          `sehingga dipakai kebutuhan menurut ${ID_SIGNALS[used.signal]}.`
        : `Kebutuhan menurut ${ID_SIGNALS[used.signal]} sebesar ${id(used.need)} lebih besar daripada ` +
          `${idNeed(other)}, sehingga dipakai sinyal yang lebih besar.`,
    chosen: (used, note) =>
      `Kebutuhan menurut ${ID_SIGNALS[used.signal]} sebesar ${id(used.need)} dipilih secara manual: ${note}`,
  },
};
