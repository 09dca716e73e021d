import { composeNip, composeNiPppk, type EmploymentType, type Gender } from '@formasi/core';

/** Staff on hand per jabatan, chosen so the demo tells Sawahlunto's story (see demo-needs.ts). */
export type RosterSpec = {
  unit: string | string[];
  position: string;
  /** Birth years of the people in post, oldest first; their number is the bezetting. */
  born: number[];
  pppk?: { count: number; contractEnd: string };
  transfer?: string;
};

const SCHOOLS_SD = Array.from({ length: 12 }, (_, index) => `SDN-${String(index + 1).padStart(2, '0')}`);
const SCHOOLS_SMP = Array.from({ length: 7 }, (_, index) => `SMPN-${index + 1}`);
const PUSKESMAS = ['PKM-LUNTO', 'PKM-KPTELENG', 'PKM-TALAWI', 'PKM-SILUNGKANG', 'PKM-KOLOK', 'PKM-SGDURIAN'];

export const DEMO_ROSTER: RosterSpec[] = [
  // Education: many senior class teachers born 1966–1969 retire at 60 within five years.
  { unit: SCHOOLS_SD, position: 'Guru Ahli Muda', born: [1966, 1967, 1968, 1969] },
  { unit: SCHOOLS_SD, position: 'Guru Ahli Pertama', born: [1988, 1993] },
  { unit: SCHOOLS_SD, position: 'Pengelola Layanan Operasional', born: [1990] },
  { unit: SCHOOLS_SMP, position: 'Guru Ahli Muda', born: [1966, 1967, 1968, 1970, 1975] },
  {
    unit: SCHOOLS_SMP,
    position: 'Guru Ahli Pertama',
    born: [1989, 1992, 1995],
    pppk: { count: 1, contractEnd: '2028-12-31' },
  },
  // Health: one doctor for two puskesmas, nurses and midwives below the Permenkes 75/2014 standard.
  { unit: ['PKM-LUNTO', 'PKM-TALAWI', 'PKM-KOLOK'], position: 'Dokter Ahli Pertama', born: [1990] },
  { unit: PUSKESMAS, position: 'Perawat Terampil', born: [1972, 1985, 1994] },
  {
    unit: PUSKESMAS,
    position: 'Bidan Terampil',
    born: [1970, 1991],
    pppk: { count: 1, contractEnd: '2027-06-30' },
  },
  { unit: PUSKESMAS, position: 'Nutrisionis Terampil', born: [1993] },
  { unit: 'RSUD', position: 'Dokter Ahli Pertama', born: [1987, 1991, 1994] },
  { unit: 'RSUD', position: 'Perawat Terampil', born: [1969, 1975, 1980, 1986, 1990, 1992, 1995, 1996] },
  // Tourism and heritage: the UNESCO site has almost nobody to run it.
  { unit: 'DISBUD', position: 'Pengelola Cagar Budaya', born: [1968] },
  { unit: 'DISBUD', position: 'Pamong Budaya Ahli Pertama', born: [1991] },
  // Infrastructure.
  { unit: 'DPUPR', position: 'Teknik Jalan dan Jembatan Ahli Pertama', born: [1968, 1989] },
  { unit: 'DPUPR', position: 'Teknik Jalan dan Jembatan Terampil', born: [1967, 1970, 1987] },
  // Administration: more general clerks than the workload needs.
  { unit: 'SETDA', position: 'Pengadministrasi Umum', born: [1969, 1975, 1979, 1983, 1986, 1990, 1994] },
  {
    unit: 'BKPSDM',
    position: 'Pengelola Data Kepegawaian',
    born: [1971, 1984, 1992],
    transfer: '2027-07-01',
  },
  { unit: 'BKPSDM', position: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', born: [1990] },
];

/** Given names with the gender they belong to, so a person's NIP gender digit matches their name. */
const GIVEN: readonly { name: string; gender: Gender }[] = [
  { name: 'Rahmat', gender: 'MALE' },
  { name: 'Fitri', gender: 'FEMALE' },
  { name: 'Yusra', gender: 'MALE' },
  { name: 'Desi', gender: 'FEMALE' },
  { name: 'Andi', gender: 'MALE' },
  { name: 'Rini', gender: 'FEMALE' },
  { name: 'Hendra', gender: 'MALE' },
  { name: 'Yuliana', gender: 'FEMALE' },
  { name: 'Syafrizal', gender: 'MALE' },
  { name: 'Novi', gender: 'FEMALE' },
  { name: 'Zulkifli', gender: 'MALE' },
  { name: 'Elfira', gender: 'FEMALE' },
  { name: 'Irwan', gender: 'MALE' },
  { name: 'Rahmi', gender: 'FEMALE' },
  { name: 'Afrizal', gender: 'MALE' },
  { name: 'Vivi', gender: 'FEMALE' },
];
const FAMILY = [
  'Chaniago',
  'Piliang',
  'Koto',
  'Tanjung',
  'Sikumbang',
  'Jambak',
  'Caniago',
  'Melayu',
  'Guci',
  'Panyalai',
];

export type DemoMember = {
  nip: string;
  name: string;
  birthDate: string;
  gender: Gender;
  employmentType: EmploymentType;
  contractEnd: string | null;
  transferDate: string | null;
  tmt: string;
};

/** Deterministic people: the n-th member of the demo gets the same name, birth date and NIP on every machine. */
export function demoMember(
  serial: number,
  bornYear: number,
  pppk: { contractEnd: string } | null,
  transfer: string | null,
): DemoMember {
  const given = GIVEN[serial % GIVEN.length] ?? { name: 'Rahmat', gender: 'MALE' };
  const gender = given.gender;
  const month = (serial % 12) + 1;
  const day = (serial % 27) + 1;
  const birthDate = `${bornYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const startYear = pppk ? Math.max(bornYear + 24, 2022) : bornYear + 25;
  const tmt = `${startYear}-03-01`;
  const serialDigits = String((serial % 999) + 1).padStart(3, '0');
  const nip = pppk
    ? composeNiPppk({
        birthDate,
        appointmentYear: startYear,
        contractCounter: '21',
        gender,
        serial: serialDigits,
      })
    : composeNip({ birthDate, tmtCpns: `${startYear}-03`, gender, serial: serialDigits });
  const name = `${given.name} ${FAMILY[(serial * 7) % FAMILY.length] ?? 'Koto'}`;
  return {
    nip,
    name,
    birthDate,
    gender,
    employmentType: pppk ? 'PPPK' : 'PNS',
    contractEnd: pppk?.contractEnd ?? null,
    transferDate: transfer,
    tmt,
  };
}
