import { composeNip, composeNiPppk, daysInMonth, type Gender } from '@formasi/core';
import { leavingColumnsOf } from '../modules/staff/staff-leaving.js';
import { generatedId } from './ids.js';
import { femaleShareOf, personName } from './people.js';
import { Prng } from './prng.js';
import { type PositionPlan } from './region-plan.js';
import { type Row } from './table-spec.js';

export type StaffContext = {
  seed: number;
  year: number;
  regionCode: string;
  /** NIPs already used (in the database or by earlier rows of this run); new ones are added. */
  takenNips: Set<string>;
  stamp: Date;
};

// Share of holders within five years of their BUP at the start of the planning year: the retirement wave.
const RETIRING_SHARE = 0.2;
// Youngest holder (years, at the planning year) and ages at CPNS appointment (18–35 by law, domain.md §3).
const YOUNGEST = 24;
const CPNS_AGE = { min: 22, max: 35 } as const;
// PPPK were first appointed in 2019; NI PPPK contract counter '21' is the common one (domain.md §6).
const FIRST_PPPK_YEAR = 2019;
const PPPK_COUNTER = '21';
const CONTRACT_YEARS = [2, 3, 5] as const;
const TRANSFER_SHARE = 0.015;
const SERIAL_MAX = 999;

const pad2 = (value: number): string => String(value).padStart(2, '0');

/** Chance that a holder is PPPK: many teachers and health workers, few others, never a struktural post [M?]. */
function pppkShareOf(position: PositionPlan): number {
  const { name, kind, licences } = position.draft;
  if (kind === 'STRUKTURAL') return 0;
  if (name.startsWith('Guru')) return 0.35;
  if (licences.includes('STR')) return 0.2;
  return kind === 'PELAKSANA' ? 0.08 : 0.05;
}

/** Birth year: a fifth retire within five years of the planning year, the rest spread from 24 to BUP − 5. */
function birthYearOf(position: PositionPlan, year: number, prng: Prng): number {
  const bup = position.retirementAge;
  const youngest = position.draft.kind === 'STRUKTURAL' ? 40 : YOUNGEST;
  if (prng.chance(RETIRING_SHARE)) return prng.int(year - bup, year + 4 - bup);
  return prng.int(year - bup + 5, year - youngest);
}

/** A NIP not used yet: the serial is bumped past collisions (deterministic for the same database and run). */
function uniqueNip(compose: (serial: string) => string, prng: Prng, taken: Set<string>): string {
  let serial = prng.int(1, SERIAL_MAX);
  for (let attempt = 0; attempt < SERIAL_MAX; attempt += 1) {
    const nip = compose(String(serial).padStart(3, '0'));
    if (!taken.has(nip)) {
      taken.add(nip);
      return nip;
    }
    serial = (serial % SERIAL_MAX) + 1;
  }
  throw new Error('gen-data: every NIP serial of one birth date and appointment month is taken');
}

type Employment = { employmentType: 'PNS' | 'PPPK'; contractEnd: string | null; tmt: string; nip: string };

function pnsOf(
  birthDate: string,
  birthYear: number,
  gender: Gender,
  context: StaffContext,
  prng: Prng,
): Employment {
  const cpnsYear = Math.min(birthYear + prng.int(CPNS_AGE.min, CPNS_AGE.max), context.year - 2);
  const cpnsMonth = prng.pick([1, 1, 2, 3, 3, 4, 12]);
  const nip = uniqueNip(
    (serial) => composeNip({ birthDate, tmtCpns: `${cpnsYear}-${pad2(cpnsMonth)}`, gender, serial }),
    prng,
    context.takenNips,
  );
  const promoted = prng.chance(0.4) && cpnsYear < context.year - 4;
  const tmt = promoted
    ? `${prng.int(cpnsYear + 2, context.year - 2)}-${pad2(prng.pick([1, 4, 10]))}-01`
    : `${cpnsYear}-${pad2(cpnsMonth)}-01`;
  return { employmentType: 'PNS', contractEnd: null, tmt, nip };
}

function pppkOf(
  birthDate: string,
  birthYear: number,
  gender: Gender,
  context: StaffContext,
  prng: Prng,
): Employment {
  const appointmentYear = prng.int(
    Math.min(Math.max(FIRST_PPPK_YEAR, birthYear + 20), context.year - 2),
    context.year - 2,
  );
  const length = prng.pick(CONTRACT_YEARS);
  let end = appointmentYear + length;
  while (end < context.year) end += length;
  const nip = uniqueNip(
    (serial) => composeNiPppk({ birthDate, appointmentYear, contractCounter: PPPK_COUNTER, gender, serial }),
    prng,
    context.takenNips,
  );
  return {
    employmentType: 'PPPK',
    contractEnd: `${end}-${prng.pick(['02-28', '06-30', '12-31'])}`,
    tmt: `${appointmentYear}-${pad2(prng.pick([1, 3, 4]))}-01`,
    nip,
  };
}

/**
 * The people holding one position: birth dates spread so that retirements fall in the next five years, PNS with
 * NIPs and PPPK with NI PPPK composed by core from birth date, appointment, sex and serial, a few known transfers.
 */
export function* staffRowsOf(
  position: PositionPlan,
  firstIndex: number,
  context: StaffContext,
): Generator<Row> {
  const prng = Prng.of(context.seed, context.regionCode, 'staff', position.index);
  const femaleShare = femaleShareOf(position.draft.name);
  const pppkShare = pppkShareOf(position);
  for (let index = 0; index < position.need.staff; index += 1) {
    const gender: Gender = prng.chance(femaleShare) ? 'FEMALE' : 'MALE';
    const birthYear = birthYearOf(position, context.year, prng);
    const month = prng.int(1, 12);
    const birthDate = `${birthYear}-${pad2(month)}-${pad2(prng.int(1, daysInMonth(birthYear, month)))}`;
    const employment = prng.chance(pppkShare)
      ? pppkOf(birthDate, birthYear, gender, context, prng)
      : pnsOf(birthDate, birthYear, gender, context, prng);
    const transfer = prng.chance(TRANSFER_SHARE)
      ? `${context.year + prng.int(0, 2)}-${prng.pick(['01', '07'])}-01`
      : null;
    const leaving = leavingColumnsOf(
      {
        birthDate,
        employmentType: employment.employmentType,
        contractEnd: employment.contractEnd,
        transferDate: transfer,
      },
      position.retirementAge,
    );
    yield {
      id: generatedId(context.seed, context.regionCode, 'staff_member', firstIndex + index),
      createdAt: context.stamp,
      updatedAt: context.stamp,
      archivedAt: null,
      nip: employment.nip,
      name: personName(gender, position.draft, prng),
      birthDate,
      gender,
      employmentType: employment.employmentType,
      contractEnd: employment.contractEnd,
      transferDate: transfer,
      tmt: employment.tmt,
      position: position.id,
      ...leaving,
      unit: position.unitId,
    };
  }
}
