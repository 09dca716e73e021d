import { type Language } from '../shared/language.js';
import { type Gender } from './id-common.js';

/** Digits `from`–`to` of an identifier (1-based, inclusive), as the texts name them. */
export type DigitRange = readonly [from: number, to: number];

/** The sentences of the identifier checks (NIP, NI PPPK, NIK), in each language core writes. */
export type IdTexts = {
  required: (label: string) => string;
  digitsOnly: (label: string) => string;
  length: (label: string, length: number, got: number) => string;
  notRealBirthDate: (label: string, digits: DigitRange, shown: string) => string;
  futureBirthDate: (label: string, shown: string, today: string) => string;
  sexDigit: (label: string, position: number, got: string) => string;
  zeroSerial: (label: string, digits: DigitRange, serial: string) => string;
  birthDateMismatch: (label: string, encoded: string, recorded: string) => string;
  sexMismatch: (label: string, encoded: Gender, recorded: Gender) => string;
  tmtCpnsMonth: (label: string, got: string) => string;
  tmtCpnsFuture: (label: string, shown: string, today: string) => string;
  tmtCpnsTooEarly: (label: string, shown: string, minAge: number, born: string) => string;
  appointmentFuture: (label: string, year: number, todayYear: number) => string;
  appointmentTooEarly: (label: string, year: number, minAge: number, born: string) => string;
};

const range = ([from, to]: DigitRange) => `${from}–${to}`;
const EN_SEX: Readonly<Record<Gender, string>> = { MALE: 'male', FEMALE: 'female' };
const ID_SEX: Readonly<Record<Gender, string>> = { MALE: 'laki-laki', FEMALE: 'perempuan' };

export const ID_TEXTS: Readonly<Record<Language, IdTexts>> = {
  en: {
    required: (label) => `${label} is required.`,
    digitsOnly: (label) => `${label} must contain digits only (spaces and dots are ignored).`,
    length: (label, length, got) => `${label} must be exactly ${length} digits; got ${got}.`,
    notRealBirthDate: (label, digits, shown) =>
      `${label} digits ${range(digits)} (date of birth) ${shown} is not a real date.`,
    futureBirthDate: (label, shown, today) =>
      `${label} date of birth ${shown} is in the future (today is ${today}).`,
    sexDigit: (label, position, got) =>
      `${label} digit ${position} (sex) must be 1 (male) or 2 (female); got ${got}.`,
    zeroSerial: (label, digits, serial) =>
      `${label} digits ${range(digits)} (serial number) must not be ${serial}.`,
    birthDateMismatch: (label, encoded, recorded) =>
      `${label} encodes date of birth ${encoded}, but the recorded date of birth is ${recorded}.`,
    sexMismatch: (label, encoded, recorded) =>
      `${label} encodes sex ${EN_SEX[encoded]}, but the recorded sex is ${EN_SEX[recorded]}.`,
    tmtCpnsMonth: (label, got) => `${label} digits 9–14 (TMT CPNS) must be a real month YYYYMM; got ${got}.`,
    tmtCpnsFuture: (label, shown, today) => `${label} TMT CPNS ${shown} is after today (${today}).`,
    tmtCpnsTooEarly: (label, shown, minAge, born) =>
      `${label} TMT CPNS ${shown} is before the holder's ${minAge}th birthday (born ${born}).`,
    appointmentFuture: (label, year, todayYear) =>
      `${label} digits 9–12 (year of first appointment) ${year} are after today's year (${todayYear}).`,
    appointmentTooEarly: (label, year, minAge, born) =>
      `${label} year of first appointment ${year} is before the holder turned ${minAge} (born ${born}).`,
  },
  id: {
    required: (label) => `${label} wajib diisi.`,
    digitsOnly: (label) => `${label} hanya boleh berisi angka (spasi dan titik diabaikan).`,
    length: (label, length, got) => `${label} harus tepat ${length} digit; tertulis ${got} digit.`,
    notRealBirthDate: (label, digits, shown) =>
      `Digit ${range(digits)} ${label} (tanggal lahir) ${shown} bukan tanggal yang ada.`,
    futureBirthDate: (label, shown, today) =>
      `Tanggal lahir pada ${label} ${shown} ada di masa depan (hari ini ${today}).`,
    sexDigit: (label, position, got) =>
      `Digit ke-${position} ${label} (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis ${got}.`,
    zeroSerial: (label, digits, serial) =>
      `Digit ${range(digits)} ${label} (nomor urut) tidak boleh ${serial}.`,
    birthDateMismatch: (label, encoded, recorded) =>
      `${label} memuat tanggal lahir ${encoded}, tetapi tanggal lahir yang tercatat ${recorded}.`,
    sexMismatch: (label, encoded, recorded) =>
      `${label} memuat jenis kelamin ${ID_SEX[encoded]}, tetapi jenis kelamin yang tercatat ${ID_SEX[recorded]}.`,
    tmtCpnsMonth: (label, got) =>
      `Digit 9–14 ${label} (TMT CPNS) harus bulan yang ada dalam bentuk YYYYMM; tertulis ${got}.`,
    tmtCpnsFuture: (label, shown, today) => `TMT CPNS pada ${label} ${shown} setelah hari ini (${today}).`,
    tmtCpnsTooEarly: (label, shown, minAge, born) =>
      `TMT CPNS pada ${label} ${shown} sebelum pemiliknya berusia ${minAge} tahun (lahir ${born}).`,
    appointmentFuture: (label, year, todayYear) =>
      `Digit 9–12 ${label} (tahun pengangkatan pertama) ${year} setelah tahun ini (${todayYear}).`,
    appointmentTooEarly: (label, year, minAge, born) =>
      `Tahun pengangkatan pertama pada ${label} ${year} sebelum pemiliknya berusia ${minAge} tahun (lahir ${born}).`,
  },
};
