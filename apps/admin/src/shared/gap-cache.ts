// Gap figures hold no typename of what they are computed from: name those, so saving a workload, a roster,
// a stakeholder weight or the year's settings refreshes the dashboard.
export const GAP_SOURCES_CONTEXT = {
  additionalTypenames: ['NeedsAnalysis', 'PositionNeed', 'StaffMember', 'StakeholderInput', 'PlanningYear'],
};
