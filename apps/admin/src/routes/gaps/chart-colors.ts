import { palette } from '../../ui/theme';

// One meaning, one colour across the dashboard: shortage red, surplus blue (as in the gap table).
export const chartColors = {
  need: palette.navy,
  staff: palette.primary,
  projected: palette.gold,
  shortage: '#c0392b',
  surplus: '#1677ff',
  retirements: palette.navy,
  contractEnds: palette.gold,
  transfers: '#6b8aa6',
  grid: '#e5e9f0',
} as const;

export const CHART_HEIGHT = 320;
