import { isOneOf } from '../shared/validation.js';

/** Jabatan families of UU 20/2023: fungsional (JF), pelaksana, and struktural (JPT, administrator, pengawas). */
export const POSITION_KINDS = ['FUNGSIONAL', 'PELAKSANA', 'STRUKTURAL'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** Jenjang: JF keahlian (ahli utama..pertama), JF keterampilan (penyelia..pemula), pelaksana, JPT and administrasi. */
export const POSITION_LEVELS = [
  'AHLI_UTAMA',
  'AHLI_MADYA',
  'AHLI_MUDA',
  'AHLI_PERTAMA',
  'PENYELIA',
  'MAHIR',
  'TERAMPIL',
  'PEMULA',
  'PELAKSANA',
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];

export const LEVELS_BY_KIND: Readonly<Record<PositionKind, readonly PositionLevel[]>> = {
  FUNGSIONAL: [
    'AHLI_UTAMA',
    'AHLI_MADYA',
    'AHLI_MUDA',
    'AHLI_PERTAMA',
    'PENYELIA',
    'MAHIR',
    'TERAMPIL',
    'PEMULA',
  ],
  PELAKSANA: ['PELAKSANA'],
  STRUKTURAL: ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
};

/** Education levels ordered low → high; PROFESI (dokter, Ners, apoteker, PPG) ranks above S1, below S2 (domain §7). */
export const EDUCATION_LEVELS = [
  'SD',
  'SMP',
  'SMA',
  'D1',
  'D2',
  'D3',
  'D4',
  'S1',
  'PROFESI',
  'S2',
  'S3',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Licences a jabatan can require: health STR and SIP, teacher certificate, competency certificate (domain §7). */
export const LICENCES = ['STR', 'SIP', 'SERTIFIKAT_PENDIDIK', 'SERTIFIKAT_KOMPETENSI'] as const;
export type Licence = (typeof LICENCES)[number];

export function isPositionKind(value: string): value is PositionKind {
  return isOneOf(POSITION_KINDS, value);
}

export function isPositionLevel(value: string): value is PositionLevel {
  return isOneOf(POSITION_LEVELS, value);
}

export function isEducationLevel(value: string): value is EducationLevel {
  return isOneOf(EDUCATION_LEVELS, value);
}

export function isLicence(value: string): value is Licence {
  return isOneOf(LICENCES, value);
}

/** True when `level` is a jenjang of `kind` (e.g. AHLI_MUDA of FUNGSIONAL, not of STRUKTURAL). */
export function isLevelOfKind(kind: PositionKind, level: PositionLevel): boolean {
  return LEVELS_BY_KIND[kind].includes(level);
}

/** Rank of an education level, 0 = SD; compare ranks to ask "at least D4?". */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Sorts education levels low → high (copy). */
export function sortEducationLevels(levels: readonly EducationLevel[]): EducationLevel[] {
  return [...levels].sort((a, b) => educationRank(a) - educationRank(b));
}
