import { type Gender } from '@formasi/core';
import { type PositionDraft } from '@formasi/core';
import { type Prng } from './prng.js';

// Common given names of Sumatera Barat and beyond, by the gender they belong to, so a person's name agrees with
// the sex digit of their NIP.
// prettier-ignore
const GIVEN: Readonly<Record<Gender, readonly string[]>> = {
  MALE: [
    'Rahmat', 'Yusra', 'Andi', 'Hendra', 'Syafrizal', 'Zulkifli', 'Irwan', 'Afrizal', 'Fauzan', 'Rizky',
    'Ahmad', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hamdani', 'Ilham', 'Joni', 'Khairul', 'Lukman', 'Mulyadi',
    'Nofrizal', 'Putra', 'Rudi', 'Syahrial', 'Teguh', 'Wahyu', 'Yudi', 'Zainal', 'Arif', 'Bayu', 'Doni',
    'Edwar', 'Firman', 'Hasan', 'Indra', 'Jefri', 'Kurniawan', 'Muhammad', 'Reza',
  ],
  FEMALE: [
    'Fitri', 'Desi', 'Rini', 'Yuliana', 'Novi', 'Elfira', 'Rahmi', 'Vivi', 'Ayu', 'Dewi', 'Eka', 'Fadhilah',
    'Gita', 'Hartati', 'Intan', 'Juwita', 'Kartika', 'Lestari', 'Mega', 'Nurul', 'Oktaviani', 'Putri', 'Ratna',
    'Sari', 'Tika', 'Utami', 'Wulan', 'Yessi', 'Zahara', 'Anisa', 'Betty', 'Citra', 'Dian', 'Erni', 'Fauziah',
    'Hasanah', 'Indah', 'Lia', 'Mutia', 'Nadia',
  ],
};
// Minang suku names and common second names of Sumatra and Java.
// prettier-ignore
const FAMILY: readonly string[] = [
  'Chaniago', 'Piliang', 'Koto', 'Tanjung', 'Sikumbang', 'Jambak', 'Caniago', 'Melayu', 'Guci', 'Panyalai',
  'Simabua', 'Pitopang', 'Bendang', 'Hidayat', 'Effendi', 'Rahman', 'Hakim', 'Kurnia', 'Pratama', 'Ramadhan',
  'Syahputra', 'Gunawan', 'Wijaya', 'Nasution', 'Harahap', 'Siregar', 'Lubis', 'Hasibuan', 'Santoso', 'Wibowo',
  'Setiawan', 'Hartono', 'Susanto', 'Prasetyo', 'Nugroho', 'Firmansyah', 'Hamid', 'Yusuf', 'Saputra', 'Anwar',
];
const SPECIALTIES = ['Sp.PD', 'Sp.A', 'Sp.OG', 'Sp.B', 'Sp.An', 'Sp.Rad'] as const;
const DEGREES = ['S.E.', 'S.H.', 'S.Sos.', 'S.IP.', 'S.AP.', 'S.Kom.'] as const;
const MASTERS = ['M.Si.', 'M.M.', 'M.AP.', 'M.Pd.'] as const;

/** Chance that a holder of a jabatan is a woman, from the jabatan's name [M?]. */
export function femaleShareOf(name: string): number {
  if (name.startsWith('Bidan')) return 1;
  if (name.startsWith('Perawat') || name.startsWith('Nutrisionis') || name.startsWith('Apoteker'))
    return 0.75;
  if (name.startsWith('Guru')) return 0.7;
  if (name.startsWith('Dokter')) return 0.6;
  if (name.startsWith('Polisi Pamong Praja') || name.startsWith('Teknik')) return 0.18;
  if (name.startsWith('Kepala') || name.startsWith('Asisten')) return 0.3;
  return 0.5;
}

/** The academic title that goes with a jabatan: 'dr.' before a doctor's name, 'S.Pd.' after a teacher's, … */
function titled(base: string, position: PositionDraft, prng: Prng): string {
  const { name, level, kind } = position;
  if (name.startsWith('Dokter Gigi')) return `drg. ${base}`;
  if (name === 'Dokter Ahli Muda') return `dr. ${base}, ${prng.pick(SPECIALTIES)}`;
  if (name.startsWith('Dokter')) return `dr. ${base}`;
  if (name.startsWith('Guru')) return `${base}, S.Pd.`;
  if (name.startsWith('Perawat'))
    return level === 'TERAMPIL' ? `${base}, A.Md.Kep.` : `${base}, S.Kep., Ners`;
  if (name.startsWith('Bidan')) return `${base}, A.Md.Keb.`;
  if (name.startsWith('Apoteker')) return `apt. ${base}, S.Farm.`;
  if (name.startsWith('Teknik') && level !== 'TERAMPIL') return `${base}, S.T.`;
  if (kind === 'STRUKTURAL') return `${base}, ${prng.pick(DEGREES)}, ${prng.pick(MASTERS)}`;
  if (level === 'AHLI_PERTAMA' || level === 'AHLI_MUDA') return `${base}, ${prng.pick(DEGREES)}`;
  if (level === 'TERAMPIL') return `${base}, A.Md.`;
  return base;
}

/** A person's name for a jabatan: a given name of their gender, a family name, and the jabatan's title. */
export function personName(gender: Gender, position: PositionDraft, prng: Prng): string {
  return titled(`${prng.pick(GIVEN[gender])} ${prng.pick(FAMILY)}`, position, prng);
}
