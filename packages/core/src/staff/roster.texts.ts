import { type Language } from '../shared/language.js';

/**
 * The sentences of a roster (bezetting) CSV's report, in each language core writes: a row's problems, the lookups
 * of its unit and position, and the file's own problems. Column names stay as the file spells them.
 */
export type RosterTexts = {
  required: (column: string) => string;
  tooLong: (column: string, max: number) => string;
  invalidDate: (column: string, got: string) => string;
  futureDate: (column: string, got: string) => string;
  invalidGender: (got: string, allowed: string) => string;
  invalidEmploymentType: (got: string, allowed: string) => string;
  contractEndRequired: () => string;
  unitNotFound: (code: string) => string;
  positionNotFound: (unitName: string, positionName: string) => string;
  duplicateNip: (nip: string, firstLine: number) => string;
  headerMissing: (column: string) => string;
  emptyFile: () => string;
  notCsv: (detail: string) => string;
  tooManyRows: (max: number, got: number) => string;
};

export const ROSTER_TEXTS: Readonly<Record<Language, RosterTexts>> = {
  en: {
    required: (column) => `${column} is required.`,
    tooLong: (column, max) => `${column} must be at most ${max} characters.`,
    invalidDate: (column, got) => `${column} must be a date YYYY-MM-DD; got '${got}'.`,
    futureDate: (column, got) => `${column} ${got} is in the future.`,
    invalidGender: (got, allowed) => `gender must be one of ${allowed}; got '${got}'.`,
    invalidEmploymentType: (got, allowed) => `employment_type must be one of ${allowed}; got '${got}'.`,
    contractEndRequired: () => 'contract_end is required for PPPK.',
    unitNotFound: (code) => `No active unit has the code ${code}.`,
    positionNotFound: (unitName, positionName) => `${unitName} has no active position named ${positionName}.`,
    duplicateNip: (nip, firstLine) => `NIP ${nip} is already on line ${firstLine}.`,
    headerMissing: (column) => `The header has no column ${column}.`,
    emptyFile: () => 'The file is empty: it needs a header row.',
    notCsv: (detail) => `The file is not valid CSV: ${detail}`,
    tooManyRows: (max, got) => `At most ${max} rows per import; got ${got}.`,
  },
  id: {
    required: (column) => `${column} wajib diisi.`,
    tooLong: (column, max) => `${column} paling banyak ${max} karakter.`,
    invalidDate: (column, got) => `${column} harus tanggal berformat YYYY-MM-DD; tertulis '${got}'.`,
    futureDate: (column, got) => `${column} ${got} ada di masa depan.`,
    invalidGender: (got, allowed) => `gender harus salah satu dari ${allowed}; tertulis '${got}'.`,
    invalidEmploymentType: (got, allowed) =>
      `employment_type harus salah satu dari ${allowed}; tertulis '${got}'.`,
    contractEndRequired: () => 'contract_end wajib diisi untuk PPPK.',
    unitNotFound: (code) => `Tidak ada unit kerja aktif dengan kode ${code}.`,
    positionNotFound: (unitName, positionName) =>
      `${unitName} tidak memiliki jabatan aktif bernama ${positionName}.`,
    duplicateNip: (nip, firstLine) => `NIP ${nip} sudah ada di baris ${firstLine}.`,
    headerMissing: (column) => `Baris judul tidak memuat kolom ${column}.`,
    emptyFile: () => 'Berkas kosong: berkas harus memuat baris judul.',
    notCsv: (detail) => `Berkas bukan CSV yang valid: ${detail}`,
    tooManyRows: (max, got) => `Paling banyak ${max} baris per impor; berkas memuat ${got} baris.`,
  },
};

/** The roster texts of a language. */
export const rosterTextsOf = (language: Language): RosterTexts => ROSTER_TEXTS[language];
