import { isOneOf } from '../shared/validation.js';

/** Who a stakeholder input comes from: the community, a unit, or an education institution. */
export const STAKEHOLDER_SOURCES = ['COMMUNITY', 'UNIT', 'INSTITUTION'] as const;
export type StakeholderSource = (typeof STAKEHOLDER_SOURCES)[number];

export const isStakeholderSource = (value: string): value is StakeholderSource =>
  isOneOf(STAKEHOLDER_SOURCES, value);
