import { type UnitKind } from '@formasi/core';
import { type PositionTemplate, type TemplateGroup } from './demo-positions.js';
import { type KecamatanName, type SectorCode } from './reference-data.js';

export type DemoUnit = {
  code: string;
  name: string;
  kind: UnitKind;
  sector: SectorCode;
  kecamatan: KecamatanName;
  parent?: string;
  address?: string;
  /** People or students served, for the service-impact factor (illustrative figures). */
  servedPopulation?: number;
  /** Shared templates by unit type, plus this unit's own jabatan. */
  templates?: TemplateGroup;
  positions?: PositionTemplate[];
};

const head = (name: string): PositionTemplate => ({
  name,
  kind: 'STRUKTURAL',
  level: 'JPT_PRATAMA',
  educationLevels: ['S2'],
  competencies: ['Kepemimpinan strategis', 'Manajemen perubahan'],
});
const secretary = (name: string): PositionTemplate => ({
  name,
  kind: 'STRUKTURAL',
  level: 'ADMINISTRATOR',
  educationLevels: ['S1', 'S2'],
});
const jf = (
  name: string,
  level: PositionTemplate['level'],
  educationLevels: PositionTemplate['educationLevels'],
  studyPrograms: string[],
  competencies: string[] = [],
): PositionTemplate => ({ name, kind: 'FUNGSIONAL', level, educationLevels, studyPrograms, competencies });
const pelaksana = (name: string, educationLevels: PositionTemplate['educationLevels']): PositionTemplate => ({
  name,
  kind: 'PELAKSANA',
  level: 'PELAKSANA',
  educationLevels,
});
const pranataKomputer = jf(
  'Pranata Komputer Ahli Pertama',
  'AHLI_PERTAMA',
  ['S1', 'D4'],
  ['Sistem Informasi', 'Teknik Informatika'],
  ['Pengembangan sistem informasi', 'Keamanan informasi'],
);

/** The OPDs of Kota Sawahlunto and a representative set of their sub-units (domain.md §8). */
export const DEMO_OPDS: DemoUnit[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    kind: 'OPD',
    sector: 'ADMINISTRASI',
    kecamatan: 'Lembah Segar',
    address: 'Jl. Soekarno-Hatta No. 1, Sawahlunto',
    positions: [
      head('Asisten Pemerintahan dan Kesejahteraan Rakyat'),
      jf(
        'Analis Kebijakan Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Ilmu Pemerintahan', 'Administrasi Publik'],
      ),
      jf(
        'Perencana Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Perencanaan Wilayah dan Kota', 'Ekonomi Pembangunan'],
      ),
      pelaksana('Pengadministrasi Umum', ['SMA', 'D3']),
    ],
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    kind: 'OPD',
    sector: 'ADMINISTRASI',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'),
      secretary('Sekretaris Badan'),
      jf(
        'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Psikologi', 'Manajemen', 'Ilmu Hukum'],
        ['Analisis jabatan dan beban kerja', 'Perencanaan kebutuhan ASN'],
      ),
      jf('Assessor SDM Aparatur Ahli Pertama', 'AHLI_PERTAMA', ['S1'], ['Psikologi']),
      pranataKomputer,
      pelaksana('Pengelola Data Kepegawaian', ['D3', 'S1']),
    ],
  },
  {
    code: 'DISKOMINFO',
    name: 'Dinas Komunikasi dan Informatika',
    kind: 'OPD',
    sector: 'ADMINISTRASI',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Dinas Komunikasi dan Informatika'),
      pranataKomputer,
      jf('Pranata Komputer Terampil', 'TERAMPIL', ['D3'], ['Manajemen Informatika', 'Teknik Komputer']),
      jf('Pranata Hubungan Masyarakat Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Ilmu Komunikasi']),
      jf('Statistisi Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Statistika']),
    ],
  },
  {
    code: 'DISDIK',
    name: 'Dinas Pendidikan',
    kind: 'OPD',
    sector: 'PENDIDIKAN',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Dinas Pendidikan'),
      secretary('Sekretaris Dinas Pendidikan'),
      jf('Pengawas Sekolah Ahli Muda', 'AHLI_MUDA', ['S1', 'S2'], ['Pendidikan']),
      pelaksana('Pengelola Data Pendidikan', ['D3', 'S1']),
    ],
  },
  {
    code: 'DINKES',
    name: 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana',
    kind: 'OPD',
    sector: 'KESEHATAN',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana'),
      jf('Epidemiolog Kesehatan Ahli Pertama', 'AHLI_PERTAMA', ['S1'], ['Kesehatan Masyarakat']),
      jf(
        'Administrator Kesehatan Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1'],
        ['Kesehatan Masyarakat', 'Administrasi Rumah Sakit'],
      ),
      jf(
        'Penyuluh Keluarga Berencana Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Kesehatan Masyarakat', 'Sosiologi'],
      ),
    ],
  },
  {
    code: 'DPUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    kind: 'OPD',
    sector: 'INFRASTRUKTUR',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Dinas Pekerjaan Umum dan Penataan Ruang'),
      jf(
        'Teknik Jalan dan Jembatan Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Teknik Sipil'],
        ['Perencanaan teknis jalan', 'Pengawasan konstruksi'],
      ),
      jf('Teknik Jalan dan Jembatan Terampil', 'TERAMPIL', ['D3'], ['Teknik Sipil']),
      jf('Teknik Pengairan Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Teknik Sipil', 'Teknik Pengairan']),
      jf('Penata Ruang Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Perencanaan Wilayah dan Kota']),
      jf(
        'Teknik Tata Bangunan dan Perumahan Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Arsitektur', 'Teknik Sipil'],
      ),
    ],
  },
  {
    code: 'DISBUD',
    name: 'Dinas Kebudayaan, Peninggalan Bersejarah dan Permuseuman',
    kind: 'OPD',
    // Domestic visitors in 2019 (domain.md §8): who the heritage sites serve.
    servedPopulation: 237_490,
    sector: 'PARIWISATA',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Dinas Kebudayaan, Peninggalan Bersejarah dan Permuseuman'),
      jf(
        'Pamong Budaya Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Arkeologi', 'Sejarah', 'Antropologi'],
        ['Pelestarian cagar budaya', 'Warisan Dunia UNESCO Ombilin'],
      ),
      pelaksana('Pengelola Cagar Budaya', ['D3', 'S1']),
      jf('Arsiparis Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Kearsipan', 'Ilmu Perpustakaan']),
    ],
  },
  {
    code: 'DISPARPORA',
    name: 'Dinas Pariwisata, Pemuda dan Olahraga',
    kind: 'OPD',
    servedPopulation: 237_490,
    sector: 'PARIWISATA',
    kecamatan: 'Lembah Segar',
    positions: [
      head('Kepala Dinas Pariwisata, Pemuda dan Olahraga'),
      jf(
        'Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Pariwisata', 'Manajemen Destinasi'],
        ['Pengembangan destinasi wisata', 'Pemasaran pariwisata digital', 'Bahasa Inggris'],
      ),
      jf(
        'Adyatama Kepariwisataan dan Ekonomi Kreatif Terampil',
        'TERAMPIL',
        ['D3'],
        ['Usaha Perjalanan Wisata', 'Perhotelan'],
      ),
      pelaksana('Pemandu Wisata Cagar Budaya', ['D3', 'S1']),
    ],
  },
];
