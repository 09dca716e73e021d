import { type StakeholderSource } from '../../gql/graphql';

/** Who an input comes from: the community (complaints, aspirations), a work unit, or an education institution. */
export const STAKEHOLDER_SOURCES: readonly StakeholderSource[] = ['COMMUNITY', 'UNIT', 'INSTITUTION'];

export const SOURCE_COLORS: Readonly<Record<StakeholderSource, string>> = {
  COMMUNITY: 'gold',
  UNIT: 'blue',
  INSTITUTION: 'purple',
};

/** Weights run from 0 (no effect) to 1 (full stakeholder factor). */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 1;
export const WEIGHT_STEP = 0.05;
export const DEFAULT_PROPOSED_WEIGHT = 0.5;
