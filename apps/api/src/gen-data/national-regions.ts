import { NIK_PROVINCE_CODES } from '@formasi/core';
import { Prng } from './prng.js';
import { type RegionSpec } from './region-spec.js';
import { SUMBAR_REGIONS } from './sumbar-regions.js';

/** Province names by Kemendagri code (the codes are core's NIK province list). */
const PROVINCE_NAMES: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

/** Every other province gets this many numbered kabupaten (codes .01–.10) and kota (.71–.73). */
const KABUPATEN_PER_PROVINCE = 10;
const KOTA_PER_PROVINCE = 3;
const FIRST_KOTA_NUMBER = 71;

// prettier-ignore
const PLACE_HEADS = [
  'Sungai', 'Bukit', 'Tanjung', 'Kampung', 'Muara', 'Padang', 'Lubuk', 'Batu', 'Air', 'Teluk',
  'Pasir', 'Talang', 'Rantau', 'Tanah', 'Kuala', 'Simpang', 'Pulau', 'Lembah', 'Koto', 'Sei',
] as const;
// prettier-ignore
const PLACE_TAILS = [
  'Baru', 'Jaya', 'Makmur', 'Indah', 'Raya', 'Utara', 'Selatan', 'Timur', 'Barat', 'Tengah',
  'Sari', 'Mulya', 'Permai', 'Harapan', 'Lestari', 'Damai', 'Asri', 'Kencana', 'Sejahtera', 'Agung',
] as const;

/** Distinct plausible kecamatan names ('Sungai Baru', 'Bukit Jaya', …) for a synthetic region. */
function kecamatanNames(prng: Prng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${prng.pick(PLACE_HEADS)} ${prng.pick(PLACE_TAILS)}`);
  return [...names];
}

/**
 * A synthetic kabupaten or kota of another province, named after it and numbered ('Kabupaten Riau 03'),
 * with a fixed kecamatan count and population (they do not depend on the generator's seed).
 */
function syntheticRegion(provinceCode: string, number: number): RegionSpec {
  const province = PROVINCE_NAMES[provinceCode] ?? `Provinsi ${provinceCode}`;
  const isKota = number >= FIRST_KOTA_NUMBER;
  const code = `${provinceCode}.${String(number).padStart(2, '0')}`;
  const prng = Prng.of('formasi-national-region', code);
  const label = `${province} ${String(isKota ? number - FIRST_KOTA_NUMBER + 1 : number).padStart(2, '0')}`;
  const kecamatan = kecamatanNames(prng, isKota ? prng.int(2, 7) : prng.int(5, 13));
  return {
    code,
    kind: isKota ? 'KOTA' : 'KABUPATEN',
    name: `${isKota ? 'Kota' : 'Kabupaten'} ${label}`,
    seat: kecamatan[0] ?? label,
    population: isKota ? prng.int(60, 420) * 1000 : prng.int(100, 470) * 1000,
    kecamatan,
  };
}

/** 500 regions: Sumatera Barat's real 19, then 13 numbered ones in each of the other 37 provinces. */
export function nationalRegions(): RegionSpec[] {
  const others = NIK_PROVINCE_CODES.filter((code) => code !== '13').flatMap((provinceCode) => [
    ...Array.from({ length: KABUPATEN_PER_PROVINCE }, (_, index) => syntheticRegion(provinceCode, index + 1)),
    ...Array.from({ length: KOTA_PER_PROVINCE }, (_, index) =>
      syntheticRegion(provinceCode, FIRST_KOTA_NUMBER + index),
    ),
  ]);
  return [...SUMBAR_REGIONS, ...others];
}
