import { isOneOf } from '../shared/validation.js';

/** Kinds of ASN on the roster (bezetting): PNS and PPPK (UU 20/2023). */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const isEmploymentType = (value: string): value is EmploymentType => isOneOf(EMPLOYMENT_TYPES, value);
