import { firstDayOfNextMonth, formatIsoDate, requireIsoDate } from '../shared/dates.js';
import { DomainError, issue } from '../shared/validation.js';
import { isLevelOfKind, type PositionKind, type PositionLevel } from './catalogue.js';

// PP 11/2017 Ps. 239 + UU 20/2023 Ps. 55: administrasi (administrator, pengawas, pelaksana) retire at 58.
export const BUP_ADMINISTRASI = 58;
// PP 11/2017 Ps. 239: JF keterampilan and JF ahli pertama / ahli muda retire at 58.
export const BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI = 58;
// PP 11/2017 Ps. 239 + UU 20/2023 Ps. 55: JPT (utama, madya, pratama) retire at 60.
export const BUP_JPT = 60;
// PP 11/2017 Ps. 239: JF ahli madya retire at 60.
export const BUP_JF_AHLI_MADYA = 60;
// PP 11/2017 Ps. 239: JF ahli utama retire at 65.
export const BUP_JF_AHLI_UTAMA = 65;
// UU 14/2005: teachers retire at 60; applies when the JF level alone would give less.
export const BUP_TEACHER = 60;

/** Batas usia pensiun by jenjang (domain.md §4), before the teacher rule. */
export const RETIREMENT_AGE_BY_LEVEL: Readonly<Record<PositionLevel, number>> = {
  AHLI_UTAMA: BUP_JF_AHLI_UTAMA,
  AHLI_MADYA: BUP_JF_AHLI_MADYA,
  AHLI_MUDA: BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI,
  AHLI_PERTAMA: BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI,
  PENYELIA: BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI,
  MAHIR: BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI,
  TERAMPIL: BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI,
  PEMULA: BUP_JF_KETERAMPILAN_AND_JUNIOR_AHLI,
  PELAKSANA: BUP_ADMINISTRASI,
  JPT_UTAMA: BUP_JPT,
  JPT_MADYA: BUP_JPT,
  JPT_PRATAMA: BUP_JPT,
  ADMINISTRATOR: BUP_ADMINISTRASI,
  PENGAWAS: BUP_ADMINISTRASI,
};

/**
 * Retirement age (BUP) of a jabatan: the jenjang's age, raised to 60 for teachers (a teacher at ahli utama keeps
 * 65). Throws a DomainError (field 'level', NOT_ALLOWED) when the level is not a jenjang of the kind.
 */
export function retirementAgeFor(p: {
  kind: PositionKind;
  level: PositionLevel;
  isTeacher: boolean;
}): number {
  if (!isLevelOfKind(p.kind, p.level)) {
    throw new DomainError([
      issue('level', 'NOT_ALLOWED', `Level ${p.level} is not a level of kind ${p.kind}.`),
    ]);
  }
  const byLevel = RETIREMENT_AGE_BY_LEVEL[p.level];
  return p.isTeacher ? Math.max(byLevel, BUP_TEACHER) : byLevel;
}

/**
 * Date the pension starts: the first day of the month after the month of the BUP birthday (domain.md §4), also for
 * people born on the 1st. Throws a DomainError for an invalid birth date or a non-positive, non-integer age.
 */
export function retirementDate(birthDate: string, retirementAge: number): string {
  const birth = requireIsoDate(birthDate, 'birthDate');
  if (!Number.isInteger(retirementAge) || retirementAge <= 0) {
    const message = `Retirement age must be a positive whole number of years; got ${retirementAge}.`;
    throw new DomainError([issue('retirementAge', 'INVALID_VALUE', message)]);
  }
  return formatIsoDate(firstDayOfNextMonth({ year: birth.year + retirementAge, month: birth.month }));
}
