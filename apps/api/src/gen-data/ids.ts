import { hashOf } from './prng.js';

/** The tables the generator fills, each with a tag that goes into its rows' ids. */
export const ID_TAGS = {
  kecamatan: 0x001,
  unit: 0x002,
  position: 0x003,
  needs_analysis: 0x004,
  position_need: 0x005,
  workload_item: 0x006,
  staff_member: 0x007,
  planning_year: 0x008,
} as const;
export type IdTable = keyof typeof ID_TAGS;

const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

/**
 * A deterministic UUID (version 4 layout) that is unique by construction: seed tag, the region's four-digit
 * Kemendagri code, the table and the row's index within the region. Regions never share a code, so rows of
 * different regions (or of a run with another seed) never collide; app-minted random v4 ids practically never do.
 */
export function generatedId(seed: number, regionCode: string, table: IdTable, index: number): string {
  const region = regionCode.replace('.', '');
  if (!/^\d{4}$/.test(region)) throw new Error(`generatedId: region code ${regionCode} is not NN.NN`);
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`generatedId: bad index ${index}`);
  const high = Math.floor(index / 0x1_0000_0000_0000);
  const low = index % 0x1_0000_0000_0000;
  return `${hex(hashOf(['formasi-gen-data', seed]), 8)}-${region}-4${hex(ID_TAGS[table], 3)}-8${hex(high, 3)}-${hex(low, 12)}`;
}
