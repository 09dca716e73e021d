import { task, type TaskTable } from './workload-task.js';

// Volumes grow with the region's population p (in 100,000s), visitors or a school's rombel; the ratios are
// illustrative [M?]. Norms are minutes per output (PermenPANRB 1/2020 ABK).
const PEOPLE_PER_P = 100_000;

/** Infrastructure, tourism, social, public order, civil registry and finance OPDs. */
export const SERVICE_TASKS: TaskTable = {
  'Teknik Jalan dan Jembatan Ahli Pertama': [
    task('Perencanaan teknis jalan dan jembatan', 'paket', 4800, (s) => 8 + 3 * s.p),
    task('Pengawasan pekerjaan konstruksi', 'paket', 3600, (s) => 10 + 4 * s.p),
  ],
  'Teknik Jalan dan Jembatan Terampil': [
    task('Pengukuran dan survei lapangan', 'ruas', 720, (s) => 60 + 40 * s.p),
  ],
  'Teknik Pengairan Ahli Pertama': [
    task('Inspeksi dan pemeliharaan daerah irigasi', 'daerah irigasi', 960, (s) => 20 + 15 * s.p),
    task('Perencanaan jaringan irigasi', 'paket', 4800, (s) => 2 + s.p),
  ],
  'Penata Ruang Ahli Pertama': [
    task('Penilaian kesesuaian kegiatan pemanfaatan ruang', 'berkas', 480, (s) => 80 * s.p),
    task('Penyusunan rencana detail tata ruang', 'dokumen', 19200, () => 1),
  ],
  'Teknik Tata Bangunan dan Perumahan Ahli Pertama': [
    task('Pemeriksaan dokumen persetujuan bangunan gedung', 'berkas', 360, (s) => 150 * s.p),
    task('Pendataan rumah tidak layak huni', 'rumah', 60, (s) => 300 * s.p),
  ],
  'Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama': [
    task('Penyusunan paket dan promosi destinasi wisata', 'paket', 2400, (s) => 12 + 3 * s.p),
    task('Pendampingan kunjungan wisata', 'kunjungan', 240, (s) => s.served / 1500),
    task('Analisis data kunjungan wisatawan', 'laporan', 1200, () => 12),
    task('Penyelenggaraan festival dan event budaya', 'event', 24000, (s) => 1 + Math.floor(s.p / 3)),
  ],
  'Adyatama Kepariwisataan dan Ekonomi Kreatif Terampil': [
    task('Pelayanan pusat informasi pariwisata', 'wisatawan', 10, (s) => s.served * 0.03),
    task('Pendataan usaha pariwisata', 'usaha', 120, (s) => 60 * s.p),
  ],
  'Pemandu Wisata Cagar Budaya': [task('Pemanduan kelompok wisatawan', 'kelompok', 90, (s) => s.served / 60)],
  'Pengelola Cagar Budaya': [
    task('Inventarisasi dan pemeliharaan objek cagar budaya', 'objek', 480, (s) => 60 + 20 * s.p),
    task('Pendampingan kunjungan museum', 'kunjungan', 240, (s) => s.served / 400),
  ],
  'Pamong Budaya Terampil': [
    task('Pelayanan edukasi dan pameran', 'kegiatan', 480, (s) => 24 + 6 * s.p),
    task('Dokumentasi koleksi', 'koleksi', 60, () => 300),
  ],
  'Pekerja Sosial Ahli Pertama': [
    task('Asesmen dan rehabilitasi sosial klien', 'klien', 240, (s) => 150 * s.p),
  ],
  'Pekerja Sosial Terampil': [
    task('Pendampingan keluarga penerima manfaat', 'keluarga', 45, (s) => 1500 * s.p),
  ],
  'Penyuluh Sosial Ahli Pertama': [task('Penyuluhan sosial masyarakat', 'kegiatan', 240, (s) => 80 * s.p)],
  'Pengelola Data Bantuan Sosial': [
    task('Verifikasi dan validasi data terpadu kesejahteraan sosial', 'keluarga', 10, (s) => 8000 * s.p),
  ],
  'Polisi Pamong Praja Ahli Pertama': [
    task('Penegakan peraturan daerah', 'kasus', 1440, (s) => 20 + 40 * s.p),
  ],
  'Polisi Pamong Praja Terampil': [
    // A patrol shift is one regu of four for eight hours: 1,920 person-minutes.
    task(
      'Patroli ketertiban umum dan ketenteraman masyarakat',
      'regu-shift',
      1920,
      (s) => 365 * (1 + s.p / 2),
    ),
    task('Pengamanan kegiatan pemerintahan dan masyarakat', 'kegiatan', 960, (s) => 120 * s.p),
  ],
  'Administrator Database Kependudukan Ahli Pertama': [
    task('Pemeliharaan dan sinkronisasi basis data kependudukan', 'laporan', 480, (s) => 52 * (1 + s.p / 4)),
    task('Konsolidasi data kependudukan semester', 'dokumen', 9600, () => 2),
  ],
  'Pengadministrasi Kependudukan': [
    task('Pelayanan perekaman KTP-el dan kartu keluarga', 'dokumen', 15, (s) => s.p * PEOPLE_PER_P * 0.12),
    task('Penerbitan akta kelahiran dan kematian', 'akta', 30, (s) => s.p * PEOPLE_PER_P * 0.025),
  ],
  'Analis Keuangan Pusat dan Daerah Ahli Pertama': [
    task('Analisis anggaran dan laporan keuangan daerah', 'dokumen', 2400, (s) => 20 + 6 * s.p),
    task('Verifikasi rencana kerja dan anggaran OPD', 'dokumen', 480, (s) => 40 + 10 * s.p),
  ],
  'Pengelola Keuangan': [
    task('Penerbitan SP2D', 'dokumen', 20, (s) => 9000 * s.p),
    task('Rekonsiliasi kas daerah', 'laporan', 480, () => 12),
  ],
  'Pengelola Barang Milik Daerah': [
    task('Inventarisasi dan penatausahaan barang milik daerah', 'aset', 30, (s) => 5000 * s.p),
  ],
};

/** The non-teaching jabatan of schools. */
export const SCHOOL_TASKS: TaskTable = {
  'Pengelola Layanan Operasional': [
    task('Pengelolaan Dapodik dan administrasi sekolah', 'laporan', 600, () => 48),
    task('Administrasi keuangan BOS', 'laporan', 1200, () => 12),
    task('Layanan administrasi siswa', 'siswa', 20, (s) => s.served),
  ],
  'Pranata Laboratorium Pendidikan Terampil': [
    task('Penyiapan dan pemeliharaan praktikum', 'praktikum', 90, (s) => s.rombel * 20),
    task('Inventarisasi alat dan bahan laboratorium', 'laporan', 480, () => 12),
  ],
};
