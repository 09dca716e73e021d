import { type PositionDraft } from '@formasi/core';

type Template = Omit<
  PositionDraft,
  'description' | 'isTeacher' | 'studyPrograms' | 'licences' | 'competencies'
> &
  Partial<Pick<PositionDraft, 'isTeacher' | 'studyPrograms' | 'licences' | 'competencies' | 'description'>>;

const teacher = (name: string, level: 'AHLI_PERTAMA' | 'AHLI_MUDA', studyPrograms: string[]): Template => ({
  name,
  kind: 'FUNGSIONAL',
  level,
  isTeacher: true,
  educationLevels: ['D4', 'S1'],
  studyPrograms,
  licences: ['SERTIFIKAT_PENDIDIK'],
  competencies: ['Perencanaan pembelajaran', 'Penilaian hasil belajar', 'Kurikulum Merdeka'],
});

/** Real jabatan names of Sawahlunto's peta jabatan, by the kind of unit that holds them. */
export const POSITION_TEMPLATES = {
  sd: [
    teacher('Guru Ahli Pertama', 'AHLI_PERTAMA', ['Pendidikan Guru Sekolah Dasar']),
    teacher('Guru Ahli Muda', 'AHLI_MUDA', ['Pendidikan Guru Sekolah Dasar']),
    teacher('Guru Pendidikan Jasmani Ahli Pertama', 'AHLI_PERTAMA', [
      'Pendidikan Jasmani, Kesehatan dan Rekreasi',
    ]),
    {
      name: 'Pengelola Layanan Operasional',
      kind: 'PELAKSANA',
      level: 'PELAKSANA',
      educationLevels: ['SMA', 'D3'],
    },
  ],
  smp: [
    teacher('Guru Ahli Pertama', 'AHLI_PERTAMA', [
      'Pendidikan Matematika',
      'Pendidikan Bahasa Indonesia',
      'Pendidikan Bahasa Inggris',
      'Pendidikan IPA',
    ]),
    teacher('Guru Ahli Muda', 'AHLI_MUDA', ['Pendidikan Matematika', 'Pendidikan IPA', 'Pendidikan IPS']),
    teacher('Guru Bimbingan Konseling Ahli Pertama', 'AHLI_PERTAMA', ['Bimbingan dan Konseling']),
    {
      name: 'Pranata Laboratorium Pendidikan Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
    },
  ],
  puskesmas: [
    {
      name: 'Dokter Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['PROFESI'],
      studyPrograms: ['Pendidikan Dokter'],
      licences: ['STR', 'SIP'],
      competencies: ['Pelayanan kesehatan primer', 'Kegawatdaruratan dasar'],
    },
    {
      name: 'Dokter Gigi Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['PROFESI'],
      studyPrograms: ['Pendidikan Dokter Gigi'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Perawat Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Keperawatan'],
      licences: ['STR', 'SIP'],
      competencies: ['Asuhan keperawatan', 'Perawatan kesehatan masyarakat'],
    },
    {
      name: 'Perawat Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['PROFESI'],
      studyPrograms: ['Ners'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Bidan Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Kebidanan'],
      licences: ['STR', 'SIP'],
      competencies: ['Asuhan kebidanan', 'Kesehatan ibu dan anak'],
    },
    {
      name: 'Nutrisionis Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Gizi'],
      licences: ['STR'],
    },
    {
      name: 'Sanitarian Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Kesehatan Lingkungan'],
      licences: ['STR'],
    },
    {
      name: 'Pranata Laboratorium Kesehatan Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Teknologi Laboratorium Medis'],
      licences: ['STR'],
    },
  ],
  rsud: [
    {
      name: 'Dokter Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['PROFESI'],
      studyPrograms: ['Pendidikan Dokter'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Dokter Ahli Muda',
      kind: 'FUNGSIONAL',
      level: 'AHLI_MUDA',
      educationLevels: ['S2'],
      studyPrograms: ['Spesialis Penyakit Dalam', 'Spesialis Anak', 'Spesialis Obstetri dan Ginekologi'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Perawat Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Keperawatan'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Perawat Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['PROFESI'],
      studyPrograms: ['Ners'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Apoteker Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['PROFESI'],
      studyPrograms: ['Apoteker'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Radiografer Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      educationLevels: ['D3'],
      studyPrograms: ['Radiologi'],
      licences: ['STR', 'SIP'],
    },
    {
      name: 'Pranata Komputer Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      educationLevels: ['S1', 'D4'],
      studyPrograms: ['Sistem Informasi', 'Teknik Informatika'],
      competencies: ['Sistem informasi rumah sakit (SIMRS)', 'Pengelolaan basis data'],
    },
  ],
} satisfies Record<string, Template[]>;

export type TemplateGroup = keyof typeof POSITION_TEMPLATES;
export type PositionTemplate = Template;
