import { describe, expect, it } from 'vitest';
import { leavingDateOf, validateStaffMember } from './leaving.js';
import { type StaffMember } from '../staff/staff-member.js';

const pns = (over: Partial<StaffMember> = {}): StaffMember => ({
  id: 'pns-1',
  birthDate: '1968-03-15',
  retirementAge: 58,
  employmentType: 'PNS',
  contractEnd: null,
  transferDate: null,
  ...over,
});
const pppk = (over: Partial<StaffMember> = {}): StaffMember =>
  pns({ id: 'pppk-1', birthDate: '1990-06-10', employmentType: 'PPPK', contractEnd: '2028-12-31', ...over });

describe('leavingDateOf', () => {
  it.each<[string, StaffMember, string, string]>([
    ['a PNS at BUP 58: first of the month after', pns(), '2026-04-01', 'RETIREMENT'],
    [
      'a teacher at 60, born in December',
      pns({ birthDate: '1966-12-20', retirementAge: 60 }),
      '2027-01-01',
      'RETIREMENT',
    ],
    ['a PPPK the day after the contract ends', pppk(), '2029-01-01', 'CONTRACT_END'],
    [
      'a PPPK whose contract ends mid-month',
      pppk({ contractEnd: '2028-02-29' }),
      '2028-03-01',
      'CONTRACT_END',
    ],
    [
      'a PPPK whose contract ends the day before the pension starts: a tie',
      pppk({ birthDate: '1970-12-05', retirementAge: 58, contractEnd: '2028-12-31' }),
      '2029-01-01',
      'RETIREMENT',
    ],
    ['a PPPK whose BUP comes first', pppk({ birthDate: '1970-01-05' }), '2028-02-01', 'RETIREMENT'],
    ['a PPPK without an end date', pppk({ contractEnd: null }), '2048-07-01', 'RETIREMENT'],
    ['a PNS ignoring a stray contract end', pns({ contractEnd: '2025-01-01' }), '2026-04-01', 'RETIREMENT'],
    ['a known transfer before BUP', pns({ transferDate: '2025-07-01' }), '2025-07-01', 'TRANSFER'],
    ['a transfer after BUP', pns({ transferDate: '2027-01-01' }), '2026-04-01', 'RETIREMENT'],
    ['a tie with BUP', pns({ transferDate: '2026-04-01' }), '2026-04-01', 'RETIREMENT'],
    ['contract end before a transfer', pppk({ transferDate: '2029-02-01' }), '2029-01-01', 'CONTRACT_END'],
  ])('dates %s', (_name, member, date, reason) => {
    expect(leavingDateOf(member)).toEqual({ date, reason });
  });

  it.each<[string, StaffMember, string]>([
    ['birth date', pns({ birthDate: '1968-02-30' }), 'birthDate'],
    ['contract end', pppk({ contractEnd: '31-12-2028' }), 'contractEnd'],
    ['transfer date', pns({ transferDate: '2025-13-01' }), 'transferDate'],
  ])('refuses an invalid %s', (_name, member, field) => {
    expect(() => leavingDateOf(member)).toThrow(expect.objectContaining({ name: 'DomainError', field }));
  });
});

describe('validateStaffMember', () => {
  it('accepts a complete member', () => {
    expect(validateStaffMember(pppk({ transferDate: '2027-01-01' }), 0)).toEqual([]);
  });

  it('reports every field under staff.<index>', () => {
    const member = pns({ birthDate: 'x', retirementAge: 0, transferDate: '2025-02-30' });
    expect(validateStaffMember(member, 4).map((i) => [i.field, i.reason])).toEqual([
      ['staff.4.birthDate', 'INVALID_DATE'],
      ['staff.4.transferDate', 'INVALID_DATE'],
      ['staff.4.retirementAge', 'INVALID_VALUE'],
    ]);
  });
});
