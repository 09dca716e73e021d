/**
 * The one rule for which analysis counts (domain.md §1 versions): per unit and year, the newest version. As an SQL
 * condition on the analysis aliased `alias`: no higher version of its unit and year exists (the unique index on
 * year, unit and version answers it). Lists, status counts and the gap read model all read it from here.
 */
export const NEWEST_VERSION = (alias: string): string =>
  `not exists (select 1 from "needs_analysis" newer where newer."unit_id" = ${alias}."unit_id" and newer."year" = ${alias}."year" and newer."version" > ${alias}."version")`;
