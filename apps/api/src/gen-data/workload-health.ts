import { task, type TaskTable } from './workload-task.js';

// Volumes per puskesmas follow its served population S (visits per person per year are illustrative [M?]);
// per RSUD they follow its beds B at 70 % bed occupancy. Norms are minutes per output (PermenPANRB 1/2020 ABK).
const OCCUPANCY = 0.7;
const DAYS = 365;
const patientDays = (beds: number): number => beds * DAYS * OCCUPANCY;
// Births per person per year, about Sumatera Barat's crude birth rate [M?].
const BIRTH_RATE = 0.018;

export const PUSKESMAS_TASKS: TaskTable = {
  'Dokter Ahli Pertama': [
    task('Pemeriksaan dan pengobatan pasien rawat jalan', 'pasien', 15, (s) => s.served * 0.6),
    task('Pembinaan posyandu dan kunjungan rumah', 'kunjungan', 180, (s) => 60 + s.served / 400),
    task('Rujukan dan konsultasi kasus', 'kasus', 30, (s) => s.served * 0.03),
    task('Pelayanan pasien rawat inap', 'pasien-hari', 20, (s) => (s.inpatient ? s.served * 0.06 : 0)),
  ],
  'Dokter Gigi Ahli Pertama': [
    task('Pemeriksaan dan perawatan gigi dan mulut', 'pasien', 25, (s) => s.served * 0.08),
    task('Usaha kesehatan gigi sekolah (UKGS)', 'sekolah', 240, (s) => s.served / 800),
  ],
  'Perawat Terampil': [
    task('Asuhan keperawatan pasien rawat jalan', 'pasien', 20, (s) => s.served * 0.5),
    task('Perawatan kesehatan masyarakat (perkesmas)', 'keluarga', 60, (s) => s.served / 20),
    task('Tindakan keperawatan dan gawat darurat', 'tindakan', 30, (s) => s.served * 0.12),
    task('Asuhan keperawatan rawat inap', 'pasien-hari', 120, (s) => (s.inpatient ? s.served * 0.06 : 0)),
    // Two nurses staff a puskesmas pembantu on 240 days; about one pustu per 6,000 people [M?].
    task('Pelayanan kesehatan di puskesmas pembantu', 'pustu-hari', 960, (s) => (s.served / 6000) * 240),
  ],
  'Perawat Ahli Pertama': [
    task('Pengkajian dan perencanaan asuhan keperawatan', 'pasien', 45, (s) => s.served * 0.06),
    task('Pembinaan program penyakit tidak menular (Prolanis)', 'kegiatan', 240, () => 48),
  ],
  'Bidan Terampil': [
    task('Pemeriksaan kehamilan (ANC)', 'kunjungan', 30, (s) => s.served * BIRTH_RATE * 6),
    task('Pertolongan persalinan', 'persalinan', 240, (s) => s.served * BIRTH_RATE * 0.6),
    task('Kunjungan nifas dan neonatal', 'kunjungan', 45, (s) => s.served * BIRTH_RATE * 4),
    task('Pelayanan keluarga berencana', 'akseptor', 20, (s) => s.served * 0.06),
    task('Pembinaan posyandu dan kelas ibu hamil', 'kegiatan', 120, (s) => s.served / 120),
    // A bidan desa serves each desa/nagari, about one per 2,500 people [M?]: 60 hours a month.
    task('Pelayanan kebidanan di desa/nagari', 'desa-bulan', 3600, (s) => (s.served / 2500) * 12),
  ],
  'Nutrisionis Terampil': [
    task('Pemantauan status gizi balita', 'balita', 10, (s) => s.served * 0.09),
    task('Konseling gizi', 'klien', 30, (s) => s.served * 0.02),
  ],
  'Sanitarian Terampil': [
    task('Inspeksi kesehatan lingkungan', 'objek', 45, (s) => s.served * 0.03),
    task('Konseling sanitasi', 'klien', 30, (s) => s.served * 0.01),
  ],
  'Pranata Laboratorium Kesehatan Terampil': [
    task('Pemeriksaan spesimen laboratorium', 'sampel', 15, (s) => s.served * 0.15),
  ],
};

export const RSUD_TASKS: TaskTable = {
  'Dokter Ahli Pertama': [
    task('Pelayanan instalasi gawat darurat', 'pasien', 30, (s) => s.beds * 90),
    task('Visite pasien rawat inap', 'pasien-hari', 15, (s) => patientDays(s.beds)),
    task('Pelayanan poliklinik umum', 'pasien', 15, (s) => s.beds * 40),
  ],
  'Dokter Ahli Muda': [
    task('Pelayanan poliklinik spesialis', 'pasien', 20, (s) => s.beds * 250),
    task('Tindakan operatif dan tindakan medis spesialistik', 'tindakan', 120, (s) => s.beds * 12),
    task('Visite spesialis rawat inap', 'pasien-hari', 10, (s) => patientDays(s.beds)),
  ],
  'Perawat Terampil': [
    task('Asuhan keperawatan pasien rawat inap', 'pasien-hari', 150, (s) => patientDays(s.beds)),
    task('Asuhan keperawatan gawat darurat', 'pasien', 45, (s) => s.beds * 90),
    task('Asuhan keperawatan rawat jalan', 'pasien', 15, (s) => s.beds * 290),
  ],
  'Perawat Ahli Pertama': [
    task('Asuhan keperawatan intensif (ICU/NICU)', 'pasien-hari', 480, (s) => s.beds * 0.06 * DAYS * 0.8),
    task('Asuhan keperawatan kamar operasi', 'tindakan', 180, (s) => s.beds * 12),
  ],
  'Apoteker Ahli Pertama': [
    task('Pengkajian dan pelayanan resep', 'resep', 6, (s) => s.beds * 600),
    task('Pelayanan informasi obat dan konseling', 'pasien', 20, (s) => s.beds * 15),
  ],
  'Bidan Terampil': [
    task('Asuhan kebidanan di ruang bersalin', 'persalinan', 360, (s) => s.beds * 8),
    task('Pelayanan poliklinik kebidanan dan KIA', 'pasien', 20, (s) => s.beds * 60),
  ],
  'Radiografer Terampil': [task('Pemeriksaan radiologi', 'pemeriksaan', 25, (s) => s.beds * 70)],
  'Pranata Komputer Ahli Pertama': [
    task('Pemeliharaan dan pengembangan SIMRS', 'modul', 2400, (s) => 12 + s.beds / 40),
    task('Layanan dukungan teknologi informasi', 'tiket', 45, (s) => s.beds * 10),
  ],
};
