/** A kabupaten or kota to generate, with its Kemendagri code (NN.NN) and its kecamatan in code order. */
export type RegionSpec = {
  /** Kemendagri code, e.g. '13.06'; its kecamatan are '13.06.01', '13.06.02', … */
  code: string;
  kind: 'KABUPATEN' | 'KOTA';
  /** Full name, e.g. 'Kabupaten Agam'. */
  name: string;
  /** Seat of government (ibu kota), for addresses. */
  seat: string;
  population: number;
  kecamatan: readonly string[];
};

/** '13.06' → '1306': the prefix of the region's unit codes. */
export function compactCode(region: Pick<RegionSpec, 'code'>): string {
  return region.code.replace('.', '');
}

/** The Kemendagri code of the n-th kecamatan (0-based) of a region, e.g. '13.06.05'. */
export function kecamatanCode(region: Pick<RegionSpec, 'code'>, index: number): string {
  return `${region.code}.${String(index + 1).padStart(2, '0')}`;
}

/** The region's short name: 'Kabupaten Agam' → 'Agam', 'Kota Padang' → 'Padang'. */
export function shortName(region: Pick<RegionSpec, 'name'>): string {
  return region.name.replace(/^(Kabupaten|Kota) /, '');
}
