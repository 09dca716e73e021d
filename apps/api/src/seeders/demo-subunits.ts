import { type DemoUnit } from './demo-units.js';
import { type KecamatanName } from './reference-data.js';

/** The six puskesmas of Sawahlunto (domain.md §8). */
const PUSKESMAS: [string, string, KecamatanName][] = [
  ['PKM-LUNTO', 'Puskesmas Lunto', 'Lembah Segar'],
  ['PKM-KPTELENG', 'Puskesmas Kampung Teleng', 'Lembah Segar'],
  ['PKM-TALAWI', 'Puskesmas Talawi', 'Talawi'],
  ['PKM-SILUNGKANG', 'Puskesmas Silungkang', 'Silungkang'],
  ['PKM-KOLOK', 'Puskesmas Kolok', 'Barangin'],
  ['PKM-SGDURIAN', 'Puskesmas Sungai Durian', 'Barangin'],
];

/** A representative set of the city's SD and SMP negeri, three SD per kecamatan. */
const SD: [string, KecamatanName][] = [
  ['01', 'Lembah Segar'],
  ['02', 'Lembah Segar'],
  ['03', 'Lembah Segar'],
  ['04', 'Barangin'],
  ['05', 'Barangin'],
  ['06', 'Barangin'],
  ['07', 'Silungkang'],
  ['08', 'Silungkang'],
  ['09', 'Silungkang'],
  ['10', 'Talawi'],
  ['11', 'Talawi'],
  ['12', 'Talawi'],
];
const SMP: [string, KecamatanName][] = [
  ['1', 'Lembah Segar'],
  ['2', 'Talawi'],
  ['3', 'Barangin'],
  ['4', 'Silungkang'],
  ['5', 'Talawi'],
  ['6', 'Barangin'],
  ['7', 'Lembah Segar'],
];

export const DEMO_SUBUNITS: DemoUnit[] = [
  {
    code: 'RSUD',
    name: 'RSUD Sawahlunto',
    kind: 'RSUD',
    sector: 'KESEHATAN',
    kecamatan: 'Lembah Segar',
    parent: 'DINKES',
    address: 'Jl. Soekarno-Hatta, Lembah Segar (rumah sakit tipe C sejak 1997)',
    templates: 'rsud',
  },
  ...PUSKESMAS.map(([code, name, kecamatan]): DemoUnit => ({
    code,
    name,
    kind: 'PUSKESMAS',
    sector: 'KESEHATAN',
    kecamatan,
    parent: 'DINKES',
    templates: 'puskesmas',
  })),
  ...SD.map(([number, kecamatan]): DemoUnit => ({
    code: `SDN-${number}`,
    name: `SD Negeri ${number} Sawahlunto`,
    kind: 'SCHOOL_SD',
    sector: 'PENDIDIKAN',
    kecamatan,
    parent: 'DISDIK',
    templates: 'sd',
  })),
  ...SMP.map(([number, kecamatan]): DemoUnit => ({
    code: `SMPN-${number}`,
    name: `SMP Negeri ${number} Sawahlunto`,
    kind: 'SCHOOL_SMP',
    sector: 'PENDIDIKAN',
    kecamatan,
    parent: 'DISDIK',
    templates: 'smp',
  })),
  {
    code: 'UPTD-MUSEUM',
    name: 'UPTD Museum Goedang Ransoem dan Museum Kereta Api',
    kind: 'UPTD',
    sector: 'PARIWISATA',
    kecamatan: 'Lembah Segar',
    parent: 'DISBUD',
    positions: [
      {
        name: 'Pengelola Cagar Budaya',
        kind: 'PELAKSANA',
        level: 'PELAKSANA',
        educationLevels: ['D3', 'S1'],
      },
      {
        name: 'Pamong Budaya Terampil',
        kind: 'FUNGSIONAL',
        level: 'TERAMPIL',
        educationLevels: ['D3'],
        studyPrograms: ['Sejarah', 'Museologi'],
      },
    ],
  },
  {
    code: 'UPTD-LUBANG-MBAH-SOERO',
    name: 'UPTD Kawasan Wisata Tambang Lubang Mbah Soero',
    kind: 'UPTD',
    sector: 'PARIWISATA',
    kecamatan: 'Lembah Segar',
    parent: 'DISPARPORA',
    positions: [
      {
        name: 'Pemandu Wisata Cagar Budaya',
        kind: 'PELAKSANA',
        level: 'PELAKSANA',
        educationLevels: ['D3', 'S1'],
      },
    ],
  },
];
