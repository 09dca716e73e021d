import { type ThemeConfig } from 'antd';

// A calm civil-service palette: deep navy for structure, a muted blue for actions, warm gold as the single accent.
export const palette = {
  navy: '#0f2d4a',
  navyLight: '#173d61',
  primary: '#1d5a8c',
  gold: '#c8a046',
  canvas: '#f3f5f8',
  ink: '#1f2a37',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.primary,
    colorInfo: palette.primary,
    colorLink: palette.primary,
    colorTextBase: palette.ink,
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
    Table: { headerBg: '#eef2f7' },
  },
};
