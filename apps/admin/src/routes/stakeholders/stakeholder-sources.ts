import { type StakeholderSource } from '../../gql/graphql';

/** Who an input comes from: the community (complaints, aspirations), a work unit, or an education institution. */
export const STAKEHOLDER_SOURCES: readonly StakeholderSource[] = ['COMMUNITY', 'UNIT', 'INSTITUTION'];

export const SOURCE_COLORS: Readonly<Record<StakeholderSource, string>> = {
  COMMUNITY: 'gold',
  UNIT: 'blue',
  INSTITUTION: 'purple',
};

/** The weight a new input proposes, halfway through core's STAKEHOLDER_WEIGHT_BOUNDS. */
export const DEFAULT_PROPOSED_WEIGHT = 0.5;
