import { type DemoUnit } from './demo-units.js';
import { type KecamatanName } from './reference-data.js';

/** The six puskesmas of Sawahlunto (domain.md §8). */
// Populations of the puskesmas areas are illustrative: they add up to the city's 67,760 (mid-2023 estimate).
const PUSKESMAS: [string, string, KecamatanName, number][] = [
  ['PKM-LUNTO', 'Puskesmas Lunto', 'Lembah Segar', 9_000],
  ['PKM-KPTELENG', 'Puskesmas Kampung Teleng', 'Lembah Segar', 7_500],
  ['PKM-TALAWI', 'Puskesmas Talawi', 'Talawi', 17_060],
  ['PKM-SILUNGKANG', 'Puskesmas Silungkang', 'Silungkang', 10_500],
  ['PKM-KOLOK', 'Puskesmas Kolok', 'Barangin', 11_000],
  ['PKM-SGDURIAN', 'Puskesmas Sungai Durian', 'Barangin', 12_700],
];
/** Illustrative pupils per school (a six-rombel SD, a twelve-rombel SMP). */
const SD_PUPILS = 160;
const SMP_PUPILS = 330;

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
    servedPopulation: 67_760,
    sector: 'KESEHATAN',
    kecamatan: 'Lembah Segar',
    parent: 'DINKES',
    address: 'Jl. Soekarno-Hatta, Lembah Segar (rumah sakit tipe C sejak 1997)',
    templates: 'rsud',
  },
  ...PUSKESMAS.map(([code, name, kecamatan, servedPopulation]): DemoUnit => ({
    code,
    name,
    servedPopulation,
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
    servedPopulation: SD_PUPILS,
    sector: 'PENDIDIKAN',
    kecamatan,
    parent: 'DISDIK',
    templates: 'sd',
  })),
  ...SMP.map(([number, kecamatan]): DemoUnit => ({
    code: `SMPN-${number}`,
    name: `SMP Negeri ${number} Sawahlunto`,
    kind: 'SCHOOL_SMP',
    servedPopulation: SMP_PUPILS,
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
