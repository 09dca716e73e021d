import { type AnalysisStatus, type WorkloadItem } from '@formasi/core';

/** One analysed jabatan: workload rows (uraian tugas) and, where a standard applies, its need and basis. */
export type NeedSpec = {
  position: string;
  items?: WorkloadItem[];
  standard?: { need: number; basis: string };
};
export type AnalysisSpec = { units: string[]; status: AnalysisStatus; needs: NeedSpec[] };

const row = (task: string, outputUnit: string, annualVolume: number, normMinutes: number): WorkloadItem => ({
  task,
  outputUnit,
  annualVolume,
  normMinutes,
});

const PUSKESMAS = ['PKM-LUNTO', 'PKM-KPTELENG', 'PKM-TALAWI', 'PKM-SILUNGKANG', 'PKM-KOLOK', 'PKM-SGDURIAN'];
const SD = Array.from({ length: 12 }, (_, index) => `SDN-${String(index + 1).padStart(2, '0')}`);
const SMP = Array.from({ length: 7 }, (_, index) => `SMPN-${index + 1}`);

/** The demo's analyses for the planning year: the numbers tell the seed's story. */
export const DEMO_ANALYSES: AnalysisSpec[] = [
  {
    units: PUSKESMAS,
    status: 'FINAL',
    needs: [
      {
        position: 'Dokter Ahli Pertama',
        items: [
          row('Pemeriksaan dan pengobatan pasien rawat jalan', 'pasien', 7200, 15),
          row('Pembinaan posyandu dan kunjungan rumah', 'kunjungan', 96, 180),
          row('Rujukan dan konsultasi kasus', 'kasus', 480, 30),
        ],
        standard: {
          need: 1,
          basis: 'Permenkes 75/2014: puskesmas kawasan perkotaan non rawat inap, dokter 1',
        },
      },
      {
        position: 'Perawat Terampil',
        items: [
          row('Asuhan keperawatan rawat jalan', 'pasien', 9600, 20),
          row('Perawatan kesehatan masyarakat', 'keluarga', 480, 60),
        ],
        standard: { need: 5, basis: 'Permenkes 75/2014: perawat 5' },
      },
      {
        position: 'Bidan Terampil',
        items: [
          row('Pemeriksaan kehamilan (ANC)', 'kunjungan', 2400, 30),
          row('Pertolongan persalinan', 'persalinan', 120, 240),
        ],
        standard: { need: 4, basis: 'Permenkes 75/2014: bidan 4' },
      },
      { position: 'Nutrisionis Terampil', standard: { need: 1, basis: 'Permenkes 75/2014: tenaga gizi 1' } },
    ],
  },
  {
    units: ['RSUD'],
    status: 'VERIFIED',
    needs: [
      {
        position: 'Dokter Ahli Pertama',
        items: [
          row('Pelayanan IGD', 'pasien', 9000, 30),
          row('Visite rawat inap', 'pasien-hari', 14000, 15),
          row('Poliklinik umum', 'pasien', 6000, 15),
        ],
      },
      {
        position: 'Perawat Terampil',
        items: [
          row('Asuhan keperawatan rawat inap', 'pasien-hari', 21000, 45),
          row('Asuhan keperawatan IGD', 'pasien', 9000, 30),
        ],
      },
    ],
  },
  {
    units: SD,
    status: 'SUBMITTED',
    needs: [
      {
        position: 'Guru Ahli Muda',
        standard: { need: 4, basis: '6 rombel: 4 guru kelas jenjang Ahli Muda' },
      },
      {
        position: 'Guru Ahli Pertama',
        standard: {
          need: 3,
          basis: '6 rombel → 6 guru kelas (1 per rombel), 1 guru agama, dikurangi 4 Ahli Muda',
        },
      },
      {
        position: 'Pengelola Layanan Operasional',
        items: [row('Pengelolaan Dapodik dan administrasi sekolah', 'laporan', 48, 600)],
      },
    ],
  },
  {
    units: SMP,
    status: 'SUBMITTED',
    needs: [
      {
        position: 'Guru Ahli Muda',
        standard: { need: 5, basis: '12 rombel × 10 JP (IPA 5, IPS 4, Prakarya 1) / 24' },
      },
      {
        position: 'Guru Ahli Pertama',
        standard: { need: 6, basis: '12 rombel × 12 JP (Matematika 5, B. Indonesia 6, B. Inggris 1) / 24' },
      },
    ],
  },
  {
    units: ['DISBUD'],
    status: 'FINAL',
    needs: [
      {
        position: 'Pengelola Cagar Budaya',
        items: [
          row('Inventarisasi dan pemeliharaan objek cagar budaya', 'objek', 120, 480),
          row('Pemantauan kawasan Warisan Tambang Batubara Ombilin', 'laporan mingguan', 52, 960),
          row('Pendampingan kunjungan ke situs tambang', 'kunjungan', 180, 240),
        ],
      },
      {
        position: 'Pamong Budaya Ahli Pertama',
        items: [
          row('Kajian pelestarian dan nominasi cagar budaya', 'kajian', 12, 4800),
          row('Pembinaan komunitas budaya', 'kegiatan', 36, 720),
        ],
      },
    ],
  },
  {
    units: ['DISPARPORA'],
    status: 'FINAL',
    needs: [
      {
        position: 'Adyatama Kepariwisataan dan Ekonomi Kreatif Ahli Pertama',
        items: [
          row('Penyusunan paket dan promosi destinasi wisata tambang', 'paket', 24, 2400),
          row('Pendampingan kunjungan wisata warisan dunia', 'kunjungan', 300, 240),
          row('Analisis data kunjungan wisatawan', 'laporan', 12, 1200),
          row('Penyelenggaraan SIMFes dan Karnaval Songket Silungkang', 'event', 2, 24000),
        ],
      },
    ],
  },
  {
    units: ['DPUPR'],
    status: 'DRAFT',
    needs: [
      {
        position: 'Teknik Jalan dan Jembatan Ahli Pertama',
        items: [
          row('Perencanaan teknis jalan dan jembatan', 'paket', 18, 4800),
          row('Pengawasan pekerjaan konstruksi', 'paket', 24, 3600),
        ],
      },
      {
        position: 'Teknik Jalan dan Jembatan Terampil',
        items: [row('Pengukuran dan survei lapangan', 'ruas', 120, 720)],
      },
    ],
  },
  {
    units: ['SETDA'],
    status: 'FINAL',
    needs: [
      {
        position: 'Pengadministrasi Umum',
        items: [
          row('Pengagendaan surat masuk dan keluar', 'surat', 9000, 10),
          row('Penyiapan bahan rapat', 'rapat', 150, 120),
        ],
      },
    ],
  },
  {
    units: ['BKPSDM'],
    status: 'VERIFIED',
    needs: [
      {
        position: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
        items: [
          row('Analisis jabatan dan beban kerja', 'jabatan', 180, 480),
          row('Penyusunan rencana kebutuhan ASN', 'dokumen', 4, 9600),
        ],
      },
      {
        position: 'Pengelola Data Kepegawaian',
        items: [row('Pemutakhiran data SIASN', 'data pegawai', 2720, 30)],
      },
    ],
  },
];
