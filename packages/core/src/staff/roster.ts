import { isOneOf } from '../shared/validation.js';

/** Kinds of ASN on the roster (bezetting): PNS and PPPK (UU 20/2023). */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Who a stakeholder input comes from: the community, a unit, or an education institution. */
export const STAKEHOLDER_SOURCES = ['COMMUNITY', 'UNIT', 'INSTITUTION'] as const;
export type StakeholderSource = (typeof STAKEHOLDER_SOURCES)[number];

export const isEmploymentType = (value: string): value is EmploymentType => isOneOf(EMPLOYMENT_TYPES, value);
export const isStakeholderSource = (value: string): value is StakeholderSource =>
  isOneOf(STAKEHOLDER_SOURCES, value);
