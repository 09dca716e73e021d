import { palette } from '../ui/theme';

// One meaning, one colour across the dashboard: shortage red, surplus blue (as in the gap table). Both are also
// Tag text on their own tint, so they stay at 4.5:1 there (chart-colors.test.ts).
export const chartColors = {
  need: palette.navy,
  staff: palette.primary,
  projected: palette.gold,
  shortage: '#b03427',
  surplus: '#0958d9',
  retirements: palette.navy,
  contractEnds: palette.gold,
  transfers: '#6b8aa6',
  grid: '#e5e9f0',
} as const;

export const CHART_HEIGHT = 320;
