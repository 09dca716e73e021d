import {
  classTeacherNeed,
  PUSKESMAS_STAFFING_STANDARDS,
  type PuskesmasStaffCategory,
  puskesmasStandardNeed,
  ratioNeed,
  subjectTeacherNeed,
  type UnitKind,
} from '@formasi/core';
import { type UnitSize } from './region-units.js';

export type StandardSpec = { need: number; basis: string };

// Kurikulum Merdeka weekly JP [M?]: SD agama 4 and PJOK 4; SMP subjects as listed in the bases below.
const SD_RELIGION_JP = 4;
const SD_PJOK_JP = 4;
const SMP_SCIENCE_JP = 10;
const SMP_CORE_JP = 18;
// Permendikbud 111/2014 [M?]: one guru BK per 150 pupils.
const PUPILS_PER_COUNSELLOR = 150;

const PUSKESMAS_CATEGORY: Readonly<Record<string, PuskesmasStaffCategory>> = {
  'Dokter Ahli Pertama': 'DOKTER',
  'Dokter Gigi Ahli Pertama': 'DOKTER_GIGI',
  'Perawat Terampil': 'PERAWAT',
  'Bidan Terampil': 'BIDAN',
  'Nutrisionis Terampil': 'GIZI',
  'Sanitarian Terampil': 'KESLING',
  'Pranata Laboratorium Kesehatan Terampil': 'ATLM',
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Senior class teachers (Ahli Muda) of an SD: about half of its class teachers. */
const seniorClassTeachers = (rombel: number): number => Math.round(rombel / 2);

function schoolStandard(kind: UnitKind, name: string, size: UnitSize): StandardSpec | null {
  const rombel = size.rombel;
  if (kind === 'SCHOOL_SD') {
    const senior = seniorClassTeachers(rombel);
    const religion = subjectTeacherNeed(rombel, SD_RELIGION_JP).need;
    if (name === 'Guru Ahli Muda')
      return { need: senior, basis: `${rombel} rombel: ${senior} guru kelas jenjang Ahli Muda` };
    if (name === 'Guru Ahli Pertama') {
      const need = round2(classTeacherNeed(rombel).need + religion - senior);
      return {
        need,
        basis: `${rombel} rombel → ${rombel} guru kelas (1 per rombel) + guru agama ${rombel} × ${SD_RELIGION_JP} JP / 24, dikurangi ${senior} Ahli Muda`,
      };
    }
    if (name === 'Guru Pendidikan Jasmani Ahli Pertama') {
      const standard = subjectTeacherNeed(rombel, SD_PJOK_JP);
      return { need: round2(standard.need), basis: `PJOK: ${standard.formula}` };
    }
  }
  if (kind === 'SCHOOL_SMP') {
    if (name === 'Guru Ahli Muda') {
      const need = round2(subjectTeacherNeed(rombel, SMP_SCIENCE_JP).need);
      return { need, basis: `${rombel} rombel × ${SMP_SCIENCE_JP} JP (IPA 5, IPS 4, Prakarya 1) / 24` };
    }
    if (name === 'Guru Ahli Pertama') {
      const need = round2(subjectTeacherNeed(rombel, SMP_CORE_JP).need);
      return {
        need,
        basis: `${rombel} rombel × ${SMP_CORE_JP} JP (Matematika 5, B. Indonesia 6, B. Inggris 4, PPKn 3) / 24`,
      };
    }
    if (name === 'Guru Bimbingan Konseling Ahli Pertama') {
      const standard = ratioNeed(size.served, PUPILS_PER_COUNSELLOR, 1);
      return {
        need: round2(standard.need),
        basis: `1 guru BK per ${PUPILS_PER_COUNSELLOR} siswa: ${standard.formula}`,
      };
    }
  }
  return null;
}

/**
 * The service-standard need of a jabatan in a unit, or null where none applies: rombel and JP for teachers,
 * Permenkes 75/2014 for puskesmas of a kota (core has only the urban rows; rural ones must be configured, so
 * kabupaten puskesmas are planned by workload alone).
 */
export function standardFor(
  kind: UnitKind,
  name: string,
  size: UnitSize,
  urban: boolean,
): StandardSpec | null {
  if (kind === 'PUSKESMAS') {
    const category = PUSKESMAS_CATEGORY[name];
    if (!urban || category === undefined) return null;
    const type = size.inpatient ? 'URBAN_INPATIENT' : 'URBAN_NON_INPATIENT';
    const standard = puskesmasStandardNeed(PUSKESMAS_STAFFING_STANDARDS, type, category);
    return standard ? { need: standard.need, basis: `${standard.basis}: ${standard.formula}` } : null;
  }
  return schoolStandard(kind, name, size);
}
