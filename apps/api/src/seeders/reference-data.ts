/** Kecamatan of Kota Sawahlunto with Kemendagri codes (13.73.xx; BPS codes differ) — domain.md §6, §8. */
export const KECAMATAN = [
  { code: '13.73.01', name: 'Lembah Segar' },
  { code: '13.73.02', name: 'Barangin' },
  { code: '13.73.03', name: 'Silungkang' },
  { code: '13.73.04', name: 'Talawi' },
] as const;

export type KecamatanName = (typeof KECAMATAN)[number]['name'];

/** The sectors needs are analysed by. */
export const SECTORS = [
  { code: 'PENDIDIKAN', name: 'Pendidikan', description: 'PAUD, SD dan SMP (kewenangan kota, UU 23/2014).' },
  { code: 'KESEHATAN', name: 'Kesehatan', description: 'Puskesmas, RSUD dan layanan kesehatan masyarakat.' },
  {
    code: 'INFRASTRUKTUR',
    name: 'Infrastruktur',
    description: 'Pekerjaan umum, jalan, jembatan, pengairan, tata ruang.',
  },
  {
    code: 'PARIWISATA',
    name: 'Pariwisata dan Kebudayaan',
    description: 'Warisan Tambang Batubara Ombilin (UNESCO, 2019), museum dan destinasi wisata.',
  },
  {
    code: 'ADMINISTRASI',
    name: 'Administrasi Pemerintahan',
    description: 'Sekretariat, kepegawaian, perencanaan, informatika.',
  },
  {
    code: 'SOSIAL',
    name: 'Sosial dan Pemberdayaan Masyarakat',
    description: 'Perlindungan sosial dan pemberdayaan.',
  },
] as const;

export type SectorCode = (typeof SECTORS)[number]['code'];
