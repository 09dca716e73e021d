import { type PositionTemplate, POSITION_TEMPLATES } from '../seeders/demo-positions.js';
import { DEMO_SUBUNITS } from '../seeders/demo-subunits.js';
import { DEMO_OPDS } from '../seeders/demo-units.js';
import { type SectorCode } from '../seeders/reference-data.js';

/** An OPD every generated region has: its code suffix, name (before the region's name) and jabatan. */
export type OpdSpec = {
  suffix: string;
  name: string;
  sector: SectorCode;
  positions: readonly PositionTemplate[];
  /** The OPD serves visitors (tourism), counted in servedPopulation. */
  servesVisitors?: boolean;
  /** The pelaksana jabatan that carries the OPD's office work (see OFFICE_WORK_TASKS), and its relative size. */
  bulk: string;
  weight: number;
};

/** The demo's jabatan of one of its units, so generated regions hold the same real jabatan as Sawahlunto. */
function demoPositions(code: string): PositionTemplate[] {
  const unit = [...DEMO_OPDS, ...DEMO_SUBUNITS].find((candidate) => candidate.code === code);
  if (!unit?.positions) throw new Error(`gen-data: the demo has no unit ${code} with positions`);
  return unit.positions;
}
const withoutHead = (positions: PositionTemplate[]): PositionTemplate[] =>
  positions.filter((position) => position.level !== 'JPT_PRATAMA');

const head = (name: string): PositionTemplate => ({
  name,
  kind: 'STRUKTURAL',
  level: 'JPT_PRATAMA',
  educationLevels: ['S2'],
  competencies: ['Kepemimpinan strategis', 'Manajemen perubahan'],
});
const jf = (
  name: string,
  level: PositionTemplate['level'],
  educationLevels: PositionTemplate['educationLevels'],
  studyPrograms: string[],
): PositionTemplate => ({ name, kind: 'FUNGSIONAL', level, educationLevels, studyPrograms });
const pelaksana = (name: string, educationLevels: PositionTemplate['educationLevels']): PositionTemplate => ({
  name,
  kind: 'PELAKSANA',
  level: 'PELAKSANA',
  educationLevels,
});

// The 2024 pelaksana nomenclature's general office clerk [M?]: in real rosters the most held jabatan.
const officeClerk = (): PositionTemplate => pelaksana('Pengadministrasi Perkantoran', ['SMA', 'D3']);
const withOffice = (positions: PositionTemplate[]): PositionTemplate[] => [...positions, officeClerk()];

/** The twelve OPDs of a generated kabupaten/kota, most with the demo's jabatan. */
export const OPDS: readonly OpdSpec[] = [
  {
    suffix: 'SETDA',
    bulk: 'Pengadministrasi Umum',
    weight: 1.8,
    name: 'Sekretariat Daerah',
    sector: 'ADMINISTRASI',
    positions: demoPositions('SETDA'),
  },
  {
    suffix: 'BKPSDM',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 1,
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    sector: 'ADMINISTRASI',
    positions: withOffice(demoPositions('BKPSDM')),
  },
  {
    suffix: 'BAPPEDA',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 0.7,
    name: 'Badan Perencanaan Pembangunan Daerah',
    sector: 'ADMINISTRASI',
    positions: [
      head('Kepala Badan Perencanaan Pembangunan Daerah'),
      jf('Perencana Ahli Muda', 'AHLI_MUDA', ['S1', 'S2'], ['Perencanaan Wilayah dan Kota', 'Ekonomi']),
      jf('Perencana Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Perencanaan Wilayah dan Kota']),
      officeClerk(),
    ],
  },
  {
    suffix: 'BPKD',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 1.2,
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    sector: 'ADMINISTRASI',
    positions: [
      head('Kepala Badan Pengelolaan Keuangan dan Aset Daerah'),
      jf('Analis Keuangan Pusat dan Daerah Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Akuntansi']),
      pelaksana('Pengelola Keuangan', ['D3', 'S1']),
      pelaksana('Pengelola Barang Milik Daerah', ['D3', 'S1']),
      officeClerk(),
    ],
  },
  {
    suffix: 'DISKOMINFO',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 0.7,
    name: 'Dinas Komunikasi dan Informatika',
    sector: 'ADMINISTRASI',
    positions: withOffice(demoPositions('DISKOMINFO')),
  },
  {
    suffix: 'DISDIK',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 1.3,
    name: 'Dinas Pendidikan',
    sector: 'PENDIDIKAN',
    positions: withOffice(demoPositions('DISDIK')),
  },
  {
    suffix: 'DINKES',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 1.2,
    name: 'Dinas Kesehatan',
    sector: 'KESEHATAN',
    positions: withOffice([head('Kepala Dinas Kesehatan'), ...withoutHead(demoPositions('DINKES'))]),
  },
  {
    suffix: 'DPUPR',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 1.3,
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    sector: 'INFRASTRUKTUR',
    positions: withOffice(demoPositions('DPUPR')),
  },
  {
    suffix: 'DISPAR',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 0.8,
    name: 'Dinas Pariwisata, Pemuda dan Olahraga',
    sector: 'PARIWISATA',
    positions: withOffice(demoPositions('DISPARPORA')),
    servesVisitors: true,
  },
  {
    suffix: 'DINSOS',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 0.8,
    name: 'Dinas Sosial',
    sector: 'SOSIAL',
    positions: [
      head('Kepala Dinas Sosial'),
      jf('Pekerja Sosial Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Kesejahteraan Sosial']),
      jf('Pekerja Sosial Terampil', 'TERAMPIL', ['D3'], ['Kesejahteraan Sosial']),
      jf('Penyuluh Sosial Ahli Pertama', 'AHLI_PERTAMA', ['S1', 'D4'], ['Kesejahteraan Sosial', 'Sosiologi']),
      pelaksana('Pengelola Data Bantuan Sosial', ['D3', 'S1']),
      officeClerk(),
    ],
  },
  {
    suffix: 'SATPOLPP',
    bulk: 'Pengadministrasi Perkantoran',
    weight: 0.6,
    name: 'Satuan Polisi Pamong Praja',
    sector: 'ADMINISTRASI',
    positions: [
      head('Kepala Satuan Polisi Pamong Praja'),
      jf(
        'Polisi Pamong Praja Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Ilmu Hukum', 'Ilmu Pemerintahan'],
      ),
      jf('Polisi Pamong Praja Terampil', 'TERAMPIL', ['SMA', 'D3'], []),
      officeClerk(),
    ],
  },
  {
    suffix: 'DISDUKCAPIL',
    bulk: 'Pengadministrasi Kependudukan',
    weight: 0.9,
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    sector: 'ADMINISTRASI',
    positions: [
      head('Kepala Dinas Kependudukan dan Pencatatan Sipil'),
      jf(
        'Administrator Database Kependudukan Ahli Pertama',
        'AHLI_PERTAMA',
        ['S1', 'D4'],
        ['Sistem Informasi'],
      ),
      pelaksana('Pengadministrasi Kependudukan', ['SMA', 'D3']),
    ],
  },
];

/** The RSUD's jabatan beyond the demo's: the demo's midwives for its maternity ward, and its office clerks. */
export const RSUD_EXTRA_POSITIONS: readonly PositionTemplate[] = [
  ...POSITION_TEMPLATES.puskesmas.filter((template) => template.name === 'Bidan Terampil'),
  officeClerk(),
];

/** The jabatan of a generated region's museum UPTD: the demo's museum UPTD. */
export const MUSEUM_POSITIONS: readonly PositionTemplate[] = demoPositions('UPTD-MUSEUM');

for (const opd of OPDS) {
  if (!opd.positions.some((position) => position.name === opd.bulk)) {
    throw new Error(`gen-data: OPD ${opd.suffix} has no jabatan ${opd.bulk}`);
  }
}
