import { describe, expect, it } from 'vitest';
import { composeNiPppk, composeNip } from '../ids/compose.js';
import {
  normalizeStaffDetails,
  staffDetailChanges,
  type StaffDetails,
  validateStaffArchive,
  validateStaffDetails,
  validateStaffMove,
} from './staff-member.js';

const TODAY = '2026-12-06';
const NIP_PERAWAT = composeNip({
  birthDate: '1968-03-15',
  tmtCpns: '1992-01',
  gender: 'MALE',
  serial: '002',
});
const NI_BIDAN = composeNiPppk({
  birthDate: '1994-07-01',
  appointmentYear: 2023,
  contractCounter: '21',
  gender: 'FEMALE',
  serial: '003',
});

/** A perawat of Puskesmas Talawi, as the member page's form sends them. */
const perawat = (over: Partial<StaffDetails> = {}): StaffDetails => ({
  nip: NIP_PERAWAT,
  name: 'Rahmat Hidayat',
  birthDate: '1968-03-15',
  gender: 'MALE',
  employmentType: 'PNS',
  contractEnd: null,
  transferDate: null,
  tmt: '2015-01-01',
  ...over,
});
const bidan = (over: Partial<StaffDetails> = {}): StaffDetails =>
  perawat({
    nip: NI_BIDAN,
    name: 'Fitri Yani',
    birthDate: '1994-07-01',
    gender: 'FEMALE',
    employmentType: 'PPPK',
    contractEnd: '2028-02-28',
    tmt: '2023-03-01',
    ...over,
  });

const fieldsAndReasons = (issues: { field: string; reason: string }[]) =>
  issues.map(({ field, reason }) => `${field}:${reason}`);

describe('validateStaffDetails', () => {
  it.each<[string, StaffDetails, string[]]>([
    ['a valid PNS', perawat(), []],
    ['a valid PPPK', bidan(), []],
    ['a blank name', perawat({ name: '' }), ['name:REQUIRED']],
    ['a name over 200 characters', perawat({ name: 'a'.repeat(201) }), ['name:TOO_LONG']],
    ['an impossible birth date', perawat({ birthDate: '1968-02-30' }), ['birthDate:INVALID_DATE']],
    ['a TMT in the future', perawat({ tmt: '2027-01-02' }), ['tmt:INVALID_DATE']],
    ['a PPPK without a contract end', bidan({ contractEnd: null }), ['contractEnd:REQUIRED']],
    [
      'a transfer date that is not a date',
      perawat({ transferDate: '31/12/2027' }),
      ['transferDate:INVALID_DATE'],
    ],
    ['a NIP of 17 digits', perawat({ nip: NIP_PERAWAT.slice(1) }), ['nip:INVALID_FORMAT']],
    // domain.md §6: identifiers are permanent, so a birth date or sex they disagree with is a warning, not an error.
    ['a birth date the NIP disagrees with', perawat({ birthDate: '1968-03-16' }), []],
    ['a sex the NIP disagrees with', perawat({ gender: 'FEMALE' }), []],
    [
      'a NIP whose own birth date is impossible',
      perawat({ nip: `19680230${NIP_PERAWAT.slice(8)}` }),
      ['nip:INVALID_DATE'],
    ],
  ])('%s', (_, details, expected) => {
    const issues = validateStaffDetails(normalizeStaffDetails(details), TODAY);
    expect(fieldsAndReasons(issues)).toEqual(expected);
  });
});

describe('normalizeStaffDetails', () => {
  it('trims the name, strips the NIP’s separators, and keeps no contract end for a PNS', () => {
    expect(
      normalizeStaffDetails(
        perawat({
          name: '  Rahmat   Hidayat ',
          nip: `${NIP_PERAWAT.slice(0, 8)} ${NIP_PERAWAT.slice(8)}`,
          contractEnd: '2030-01-01',
          transferDate: ' ',
        }),
      ),
    ).toEqual(perawat());
  });
});

describe('staffDetailChanges', () => {
  it('lists each changed field with its old and new value, in the form’s order', () => {
    expect(staffDetailChanges(perawat(), perawat({ name: 'Rahmat H.', transferDate: '2027-07-01' }))).toEqual(
      [
        { field: 'name', from: 'Rahmat Hidayat', to: 'Rahmat H.' },
        { field: 'transferDate', from: null, to: '2027-07-01' },
      ],
    );
    expect(staffDetailChanges(perawat(), perawat())).toEqual([]);
  });
});

describe('validateStaffMove', () => {
  const current = { positionId: 'perawat-talawi', tmt: '2015-01-01' };
  it.each<[string, { positionId: string; tmt: string }, string[]]>([
    ['another position from today', { positionId: 'perawat-kolok', tmt: TODAY }, []],
    ['the position already held', { positionId: 'perawat-talawi', tmt: TODAY }, ['positionId:NOT_ALLOWED']],
    ['a TMT in the future', { positionId: 'perawat-kolok', tmt: '2027-01-01' }, ['tmt:INVALID_DATE']],
    [
      'a TMT before the current one',
      { positionId: 'perawat-kolok', tmt: '2014-12-31' },
      ['tmt:INVALID_DATE'],
    ],
    ['a TMT that is not a date', { positionId: 'perawat-kolok', tmt: '' }, ['tmt:INVALID_DATE']],
  ])('%s', (_, move, expected) => {
    expect(fieldsAndReasons(validateStaffMove(move, current, TODAY))).toEqual(expected);
  });
});

describe('validateStaffArchive', () => {
  const member = { tmt: '2015-01-01' };
  it.each<[string, Parameters<typeof validateStaffArchive>[0], string[]]>([
    ['retired today', { reason: 'RETIRED', date: TODAY, note: null }, []],
    ['died, with a note', { reason: 'DIED', date: '2026-11-02', note: 'Surat keterangan kematian' }, []],
    [
      'a reason outside the list',
      { reason: 'FIRED' as 'DIED', date: TODAY, note: null },
      ['reason:INVALID_VALUE'],
    ],
    ['a date in the future', { reason: 'RESIGNED', date: '2026-12-07', note: null }, ['date:INVALID_DATE']],
    [
      'a date before the TMT',
      { reason: 'TRANSFERRED_OUT', date: '2014-06-01', note: null },
      ['date:INVALID_DATE'],
    ],
    [
      'a note over 500 characters',
      { reason: 'RESIGNED', date: TODAY, note: 'x'.repeat(501) },
      ['note:TOO_LONG'],
    ],
  ])('%s', (_, archive, expected) => {
    expect(fieldsAndReasons(validateStaffArchive(archive, member, TODAY))).toEqual(expected);
  });
});
