/** Where a jabatan's need comes from: the ABK workload or a service standard (rombel, puskesmas, ratio). */
export const DEMAND_SIGNALS = ['WORKLOAD', 'SERVICE_STANDARD'] as const;
export type DemandSignal = (typeof DEMAND_SIGNALS)[number];
