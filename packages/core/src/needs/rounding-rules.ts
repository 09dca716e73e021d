/** How a fractional FTE becomes a headcount; the rule is local practice, chosen per planning year. */
export const ROUNDING_RULES = ['HALF_UP', 'CEIL', 'FLOOR'] as const;
export type RoundingRule = (typeof ROUNDING_RULES)[number];
