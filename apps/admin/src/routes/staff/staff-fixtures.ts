import { composeNiPppk, composeNip } from '@formasi/core';
import { STAFF_CSV_HEADER } from './staff-csv';

// Identifiers built with core's composers, so the CSV fixtures stay valid NIP / NI PPPK.
export const NIP_GURU = composeNip({
  birthDate: '1966-04-12',
  tmtCpns: '1990-03',
  gender: 'FEMALE',
  serial: '001',
});
export const NIP_PERAWAT = composeNip({
  birthDate: '1968-03-15',
  tmtCpns: '1992-01',
  gender: 'MALE',
  serial: '002',
});
export const NI_PPPK_BIDAN = composeNiPppk({
  birthDate: '1994-07-01',
  appointmentYear: 2023,
  contractCounter: '21',
  gender: 'FEMALE',
  serial: '003',
});

/** A roster CSV: the template's header, then the given rows. */
export function aStaffCsv(rows: readonly string[]): string {
  return [STAFF_CSV_HEADER.join(','), ...rows].join('\n');
}

export const VALID_ROWS = [
  `${NIP_GURU},Yusnimar,1966-04-12,FEMALE,PNS,,,1990-03-01,SDN-01-TALAWI,Guru Kelas Ahli Muda`,
  `${NIP_PERAWAT},Rahmat Hidayat,1968-03-15,MALE,PNS,,,1992-01-01,PKM-TALAWI,Perawat Ahli Pertama`,
  `${NI_PPPK_BIDAN},Fitri Yani,1994-07-01,FEMALE,PPPK,2028-02-28,,2023-03-01,PKM-TALAWI,Bidan Terampil`,
];

export function aStaffMember(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StaffMember',
    id: 'staff-1',
    nip: '1968***********002',
    name: 'Rahmat Hidayat',
    birthDate: null,
    gender: 'MALE',
    employmentType: 'PNS',
    contractEnd: null,
    transferDate: null,
    tmt: '1992-01-01',
    retirementDate: '2026-04-01',
    archived: false,
    position: { __typename: 'Position', id: 'position-perawat', name: 'Perawat Ahli Pertama' },
    unit: { __typename: 'Unit', id: 'unit-pkm-talawi', name: 'Puskesmas Talawi' },
    ...overrides,
  };
}
