import { type RegionSpec } from './region-spec.js';

// The 19 kabupaten/kota of Sumatera Barat (province 13) with their Kemendagri codes, seats and kecamatan.
// Populations: Sensus Penduduk 2020, rounded to thousands [M?] (Sawahlunto's 65,138 is domain.md §8).
// Kecamatan names are the real ones [M?]; their order, and so the last two digits of their codes, is only
// illustrative except for Sawahlunto, whose codes follow domain.md §6 (the reference seeder's 13.73.01–04).
const kab = (
  code: string,
  name: string,
  seat: string,
  population: number,
  kecamatan: string,
): RegionSpec => ({
  code,
  kind: 'KABUPATEN',
  name: `Kabupaten ${name}`,
  seat,
  population,
  kecamatan: kecamatan.split(', '),
});
const kota = (code: string, name: string, population: number, kecamatan: string): RegionSpec => ({
  code,
  kind: 'KOTA',
  name: `Kota ${name}`,
  seat: name,
  population,
  kecamatan: kecamatan.split(', '),
});

export const SUMBAR_REGIONS: readonly RegionSpec[] = [
  kab(
    '13.01',
    'Pesisir Selatan',
    'Painan',
    504_000,
    'Lengayang, Linggo Sari Baganti, Ranah Pesisir, Koto XI Tarusan, Batang Kapas, IV Jurai, Bayang, ' +
      'Basa Ampek Balai Tapan, Sutera, Pancung Soal, Air Pura, Lunang, Silaut, IV Nagari Bayang Utara, ' +
      'Ranah Ampek Hulu Tapan',
  ),
  kab(
    '13.02',
    'Solok',
    'Arosuka',
    383_000,
    'Pantai Cermin, Lembah Gumanti, Payung Sekaki, Lembang Jaya, Gunung Talang, Bukit Sundi, ' +
      'IX Koto Sungai Lasi, Kubung, X Koto Singkarak, X Koto Diatas, Junjung Sirih, Hiliran Gumanti, ' +
      'Tigo Lurah, Danau Kembar',
  ),
  kab(
    '13.03',
    'Sijunjung',
    'Muaro Sijunjung',
    235_000,
    'Kamang Baru, Tanjung Gadang, Sijunjung, Lubuk Tarok, IV Nagari, Kupitan, Koto VII, Sumpur Kudus',
  ),
  kab(
    '13.04',
    'Tanah Datar',
    'Batusangkar',
    372_000,
    'X Koto, Batipuh, Rambatan, Lima Kaum, Tanjung Emas, Lintau Buo, Sungayang, Sungai Tarab, ' +
      'Pariangan, Salimpaung, Padang Ganting, Tanjung Baru, Lintau Buo Utara, Batipuh Selatan',
  ),
  kab(
    '13.05',
    'Padang Pariaman',
    'Parit Malintang',
    431_000,
    'Lubuk Alung, Batang Anai, Nan Sabaris, 2x11 Enam Lingkung, VII Koto Sungai Sarik, ' +
      'V Koto Kampung Dalam, Sungai Garingging, Sungai Limau, IV Koto Aur Malintang, Ulakan Tapakis, ' +
      'Sintuk Toboh Gadang, Padang Sago, Batang Gasan, V Koto Timur, 2x11 Kayu Tanam, Patamuan, ' +
      'Enam Lingkung',
  ),
  kab(
    '13.06',
    'Agam',
    'Lubuk Basung',
    529_000,
    'Tanjung Mutiara, Lubuk Basung, Tanjung Raya, Matur, IV Koto, Banuhampu, Ampek Angkek, Baso, ' +
      'Tilatang Kamang, Palupuh, Palembayan, Sungai Puar, Ampek Nagari, Candung, Kamang Magek, Malalak',
  ),
  kab(
    '13.07',
    'Lima Puluh Kota',
    'Sarilamak',
    384_000,
    'Suliki, Guguak, Payakumbuh, Luak, Harau, Pangkalan Koto Baru, Kapur IX, Gunuang Omeh, ' +
      'Lareh Sago Halaban, Situjuah Limo Nagari, Mungka, Bukik Barisan, Akabiluru',
  ),
  kab(
    '13.08',
    'Pasaman',
    'Lubuk Sikaping',
    300_000,
    'Bonjol, Lubuk Sikaping, Panti, Mapat Tunggul, Duo Koto, Tigo Nagari, Rao, Mapat Tunggul Selatan, ' +
      'Simpang Alahan Mati, Padang Gelugur, Rao Utara, Rao Selatan',
  ),
  kab(
    '13.09',
    'Kepulauan Mentawai',
    'Tuapejat',
    88_000,
    'Pagai Utara, Sipora Selatan, Siberut Selatan, Siberut Utara, Siberut Barat, Siberut Barat Daya, ' +
      'Siberut Tengah, Sipora Utara, Sikakap, Pagai Selatan',
  ),
  kab(
    '13.10',
    'Dharmasraya',
    'Pulau Punjung',
    229_000,
    'Koto Baru, Pulau Punjung, Sungai Rumbai, Sitiung, Sembilan Koto, Timpeh, Koto Salak, Tiumang, ' +
      'Padang Laweh, Asam Jujuhan, Koto Besar',
  ),
  kab(
    '13.11',
    'Solok Selatan',
    'Padang Aro',
    182_000,
    'Sangir, Sungai Pagu, Koto Parik Gadang Diateh, Sangir Jujuan, Sangir Batang Hari, Pauh Duo, ' +
      'Sangir Balai Janggo',
  ),
  kab(
    '13.12',
    'Pasaman Barat',
    'Simpang Ampek',
    432_000,
    'Sungai Beremas, Ranah Batahan, Lembah Melintang, Gunung Tuleh, Pasaman, Kinali, Talamau, ' +
      'Koto Balingka, Luhak Nan Duo, Sasak Ranah Pasisie, Sungai Aua',
  ),
  kota(
    '13.71',
    'Padang',
    909_000,
    'Bungus Teluk Kabung, Lubuk Kilangan, Lubuk Begalung, Padang Selatan, Padang Timur, Padang Barat, ' +
      'Padang Utara, Nanggalo, Koto Tangah, Pauh, Kuranji',
  ),
  kota('13.72', 'Solok', 73_000, 'Lubuk Sikarah, Tanjung Harapan'),
  kota('13.73', 'Sawahlunto', 65_138, 'Lembah Segar, Barangin, Silungkang, Talawi'),
  kota('13.74', 'Padang Panjang', 56_000, 'Padang Panjang Barat, Padang Panjang Timur'),
  kota('13.75', 'Bukittinggi', 121_000, 'Guguk Panjang, Mandiangin Koto Selayan, Aur Birugo Tigo Baleh'),
  kota(
    '13.76',
    'Payakumbuh',
    140_000,
    'Payakumbuh Barat, Payakumbuh Timur, Payakumbuh Utara, Lamposi Tigo Nagori, Payakumbuh Selatan',
  ),
  kota('13.77', 'Pariaman', 94_000, 'Pariaman Selatan, Pariaman Tengah, Pariaman Utara, Pariaman Timur'),
];
