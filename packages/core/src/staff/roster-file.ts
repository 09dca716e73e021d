import { composeNip, composeNiPppk } from '../ids/compose.js';
import { type Gender } from '../ids/id-common.js';
import { type RosterRecord, type RosterRow } from './roster-row.js';

/** A line of a roster CSV starting with this is a note (the template's allowed values), skipped by every reader. */
export const ROSTER_COMMENT_PREFIX = '#';

/** A member as the roster file writes them: the export's rows and the template's example rows. */
export type RosterMember = Omit<RosterRecord, 'birthDate'> & {
  /** Null when the reader may not see it (birth dates are for administrators only). */
  birthDate: string | null;
};
// Written as Indonesia's L (laki-laki) / P (perempuan), which the import reads back (ROSTER_GENDER_CODES).
const GENDER_CELLS: Readonly<Record<Gender, string>> = { MALE: 'L', FEMALE: 'P' };

/** One member as a roster CSV row (core's ROSTER_COLUMNS), so an exported file imports back unchanged. */
export function toRosterRow(member: RosterMember): RosterRow {
  return {
    nip: member.nip,
    name: member.name,
    birth_date: member.birthDate ?? '',
    gender: GENDER_CELLS[member.gender],
    employment_type: member.employmentType,
    contract_end: member.contractEnd ?? '',
    transfer_date: member.transferDate ?? '',
    tmt: member.tmt,
    unit_code: member.unitCode,
    position_name: member.positionName,
  };
}

/** Where the template's examples are placed: a unit and one of its active positions. */
export type RosterExampleTarget = { unitCode: string; positionName: string };

/**
 * The template's example rows, a PNS and a PPPK member of `target`, each valid under parseRosterRow: the NIP and the
 * NI PPPK are written from the rows' own birth date, sex and start, and the PPPK row has its contract end.
 */
export function rosterExampleRows(target: RosterExampleTarget): RosterRow[] {
  const pns: RosterMember = {
    nip: composeNip({ birthDate: '1990-05-14', tmtCpns: '2015-03', gender: 'MALE', serial: '001' }),
    name: 'Contoh Pegawai PNS',
    birthDate: '1990-05-14',
    gender: 'MALE',
    employmentType: 'PNS',
    contractEnd: null,
    transferDate: null,
    tmt: '2015-03-01',
    ...target,
  };
  const pppk: RosterMember = {
    nip: composeNiPppk({
      birthDate: '1992-08-20',
      appointmentYear: 2022,
      contractCounter: '21',
      gender: 'FEMALE',
      serial: '001',
    }),
    name: 'Contoh Pegawai PPPK',
    birthDate: '1992-08-20',
    gender: 'FEMALE',
    employmentType: 'PPPK',
    contractEnd: '2030-12-31',
    transferDate: null,
    tmt: '2022-03-01',
    ...target,
  };
  return [toRosterRow(pns), toRosterRow(pppk)];
}
