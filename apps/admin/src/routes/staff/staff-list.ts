import { type EmploymentType } from '../../gql/graphql';

/** URL parameters of the roster's filters (besides q and archived). */
export const STAFF_FILTER_KEYS = ['unit', 'position', 'type'] as const;
export type StaffFilterKey = (typeof STAFF_FILTER_KEYS)[number];

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['PNS', 'PPPK'];
