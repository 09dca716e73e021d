import { type PositionLevel } from '@formasi/core';
import { type UnitSize } from './region-units.js';
import { task, type TaskSpec, type TaskTable } from './workload-task.js';

// OPD volumes grow with the region's population p (in 100,000s) from a base every region has; the ratios
// (letters, SP2D, KTP-el per resident, ASN ≈ 4 % of the population as in Sawahlunto, domain.md §8) are
// illustrative [M?]. Norms are minutes per output (PermenPANRB 1/2020 ABK).
const asnOf = (s: UnitSize): number => s.p * 100_000 * 0.04;
// Schools a Dinas Pendidikan supervises: about one SD per 1,000 people and one SMP per 5,000 [M?].
const schoolsOf = (s: UnitSize): number => s.p * 100 + s.p * 20;

// An OPD's office work (correspondence, front office, finance and personnel administration, data) is carried
// by its general clerks (Pengadministrasi Umum/Perkantoran, in real rosters the most held jabatan). Minutes a year for an OPD of
// weight 1 grow with the population up to 600,000 people [M?]: the roster of a region then reaches about 0.7 % of
// its population (Sumatera Barat's kab/kota employ about 1.6 % [M?]).
const OFFICE_BASE_MINUTES = 750_000;
const OFFICE_MINUTES_PER_P = 2_500_000;
const OFFICE_P_CAP = 6;
const officeMinutes = (s: UnitSize): number =>
  s.officeWeight * (OFFICE_BASE_MINUTES + OFFICE_MINUTES_PER_P * Math.min(s.p, OFFICE_P_CAP));
const officeShare = (share: number, norm: number) => (s: UnitSize) => (officeMinutes(s) * share) / norm;

export const OFFICE_WORK_TASKS: readonly TaskSpec[] = [
  task('Pengelolaan naskah dinas dan kearsipan', 'berkas', 30, officeShare(0.15, 30)),
  task('Pelayanan administrasi dan informasi kepada masyarakat', 'layanan', 30, officeShare(0.2, 30)),
  task('Penyiapan administrasi kegiatan dan perjalanan dinas', 'kegiatan', 480, officeShare(0.2, 480)),
  task('Penatausahaan keuangan, barang dan kepegawaian', 'dokumen', 120, officeShare(0.2, 120)),
  task('Pengumpulan dan pengolahan data program bidang', 'laporan', 960, officeShare(0.15, 960)),
  task('Pelayanan administrasi umum harian seksi dan subbagian', 'hari kerja', 480, officeShare(0.1, 480)),
];

/** Leadership rows by jenjang: the same for every OPD head or secretary. */
export const LEADERSHIP_TASKS: Readonly<Partial<Record<PositionLevel, readonly TaskSpec[]>>> = {
  JPT_PRATAMA: [
    task('Perumusan kebijakan dan rencana strategis', 'dokumen', 2400, () => 12),
    task('Pengendalian dan koordinasi program', 'rapat', 240, () => 96),
    task('Evaluasi dan pelaporan kinerja', 'laporan', 1200, () => 12),
  ],
  ADMINISTRATOR: [
    task('Koordinasi perencanaan, keuangan dan kepegawaian', 'dokumen', 1200, () => 24),
    task('Pembinaan administrasi umum', 'kegiatan', 240, () => 120),
    task('Penyusunan laporan kinerja', 'laporan', 960, () => 12),
  ],
};

const planner = [
  task('Penyusunan dokumen perencanaan', 'dokumen', 3600, (s) => 8 + 3 * s.p),
  task('Evaluasi capaian program', 'laporan', 960, (s) => 20 * s.p),
];
const computerAnalyst = [
  task('Pengelolaan sistem informasi dan aplikasi', 'modul', 2400, (s) => 4 + s.p),
  task('Layanan dukungan teknis aplikasi', 'tiket', 45, (s) => 300 * s.p),
];

/** Administration, planning, personnel, education and health offices. */
export const OFFICE_TASKS: TaskTable = {
  'Analis Kebijakan Ahli Pertama': [
    task('Kajian dan analisis kebijakan daerah', 'kajian', 4800, (s) => 6 + 2 * s.p),
    task('Penyusunan telaahan staf', 'telaahan', 480, (s) => 40 * s.p),
  ],
  'Perencana Ahli Pertama': planner,
  'Perencana Ahli Muda': [
    task('Penyusunan RPJMD, RKPD dan rencana strategis', 'dokumen', 14400, (s) => 3 + s.p / 2),
    task('Pengendalian dan evaluasi pelaksanaan rencana', 'laporan', 1920, () => 24),
  ],
  'Pengadministrasi Umum': [
    task('Pengagendaan surat masuk dan keluar', 'surat', 10, (s) => 9000 * s.p),
    task('Penyiapan bahan rapat', 'rapat', 120, (s) => 200 * s.p),
    task('Penataan arsip', 'berkas', 15, (s) => 3000 * s.p),
  ],
  'Analis Sumber Daya Manusia Aparatur Ahli Pertama': [
    task('Analisis jabatan dan beban kerja', 'jabatan', 480, (s) => 120 + 25 * s.p),
    task('Penyusunan rencana kebutuhan ASN', 'dokumen', 9600, () => 4),
  ],
  'Assessor SDM Aparatur Ahli Pertama': [
    task('Penilaian kompetensi (asesmen) pegawai', 'peserta', 600, (s) => 40 * s.p),
  ],
  'Pranata Komputer Ahli Pertama': computerAnalyst,
  'Pengelola Data Kepegawaian': [
    task('Pemutakhiran data SIASN', 'data pegawai', 30, asnOf),
    task('Layanan kenaikan pangkat dan pensiun', 'berkas', 120, (s) => asnOf(s) * 0.2),
  ],
  'Pranata Komputer Terampil': [
    task('Layanan helpdesk dan perawatan perangkat', 'tiket', 45, (s) => 600 * s.p),
    task('Pemeliharaan jaringan OPD', 'titik', 240, (s) => 40 + 10 * s.p),
  ],
  'Pranata Hubungan Masyarakat Ahli Pertama': [
    task('Penyusunan siaran pers dan konten media', 'konten', 120, (s) => 200 * s.p),
    task('Peliputan kegiatan pimpinan', 'kegiatan', 240, () => 150),
  ],
  'Statistisi Ahli Pertama': [
    task('Penyusunan statistik sektoral', 'publikasi', 4800, () => 6),
    task('Pengolahan data survei', 'survei', 9600, (s) => 2 + s.p / 2),
  ],
  'Pengawas Sekolah Ahli Muda': [
    task('Supervisi akademik dan manajerial sekolah', 'kunjungan', 240, (s) => schoolsOf(s) * 4),
    task('Penilaian kinerja kepala sekolah', 'kepala sekolah', 480, schoolsOf),
  ],
  'Pengelola Data Pendidikan': [
    task('Verifikasi data Dapodik sekolah', 'sekolah', 120, (s) => schoolsOf(s) * 4),
    task('Penyusunan profil pendidikan', 'laporan', 2400, () => 2),
  ],
  'Epidemiolog Kesehatan Ahli Pertama': [
    task('Penyelidikan epidemiologi kejadian luar biasa', 'kasus', 960, (s) => 10 + 6 * s.p),
    task('Surveilans penyakit mingguan', 'laporan', 480, () => 52),
  ],
  'Administrator Kesehatan Ahli Pertama': [
    task('Pembinaan dan penilaian fasilitas kesehatan', 'kunjungan', 480, (s) => s.kecamatanCount * 8),
    task('Pengelolaan program JKN dan rujukan', 'laporan', 960, () => 24),
  ],
  'Penyuluh Keluarga Berencana Ahli Pertama': [
    task('Penyuluhan dan pembinaan kelompok KB desa', 'pertemuan', 180, (s) => 400 * s.p),
    task('Pendataan keluarga', 'laporan', 480, () => 12),
  ],
};
