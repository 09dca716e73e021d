import { type ThemeConfig } from 'antd';

// A calm civil-service palette: deep navy for structure, a muted blue for actions, warm gold as the single accent.
export const palette = {
  navy: '#0f2d4a',
  navyLight: '#173d61',
  primary: '#1d5a8c',
  gold: '#c8a046',
  /** The accent where it is text: the gold itself is 2.4:1 on white, this 4.9:1. */
  goldText: '#8c6d1f',
  canvas: '#f3f5f8',
  tableHeader: '#eef2f7',
  infoTint: '#e6eef6',
  ink: '#1f2a37',
} as const;

/**
 * Colours of text, each at least 4.5:1 against white, the canvas and the table header (WCAG 2.1 AA, 1.4.3; see
 * theme.test.ts). antd's defaults draw helper text at 45% of the ink (2.6:1), placeholders at 25%, and success,
 * warning and error text in the bright seed colours (1.9–3.3:1).
 */
export const textColors = {
  secondary: '#4b5563',
  /** Descriptions, helper text under fields, statistic titles, secondary Typography. */
  tertiary: '#5b6472',
  placeholder: '#5f6876',
  success: '#237804',
  warning: '#874d00',
  error: '#cf1322',
} as const;

/**
 * The shade antd writes a preset-coloured Tag's text in (its 7th, on the 1st as background), replaced where the 7th
 * stays under 4.5:1 by the first darker shade of the same palette that reaches it.
 */
export const presetTagText = {
  cyan7: '#006d75',
  green7: '#237804',
  orange7: '#ad4e00',
  volcano7: '#ad2102',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.primary,
    colorInfo: palette.primary,
    // antd derives a grey tint from the navy; processing tags and info alerts draw on it.
    colorInfoBg: palette.infoTint,
    colorLink: palette.primary,
    colorTextBase: palette.ink,
    colorTextSecondary: textColors.secondary,
    colorTextTertiary: textColors.tertiary,
    colorTextDescription: textColors.tertiary,
    colorTextPlaceholder: textColors.placeholder,
    colorSuccessText: textColors.success,
    colorWarningText: textColors.warning,
    colorErrorText: textColors.error,
    // Danger buttons write their label in it, or on it in white.
    colorError: textColors.error,
    colorBgLayout: palette.canvas,
    borderRadius: 6,
    fontFamily:
      "'Inter', 'Segoe UI', 'Noto Sans', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: palette.navy, headerBg: '#ffffff', triggerBg: palette.navyLight },
    Menu: {
      darkItemBg: palette.navy,
      darkSubMenuItemBg: palette.navy,
      darkItemSelectedBg: palette.primary,
    },
    Table: { headerBg: palette.tableHeader },
    // Status tags write their text in the status colour itself; preset tags in their palette's 7th shade.
    Tag: {
      colorSuccess: textColors.success,
      colorWarning: textColors.warning,
      ...presetTagText,
    },
  },
};
