import { type GlobalToken } from 'antd';
import { type CSSProperties } from 'react';

/**
 * The sign-in page's text and panel, drawn with antd's tokens as its Card (borderless) and Typography would draw
 * them. The page is the first download of every visit: those two components bring antd's Tabs, Menu, Dropdown,
 * Tooltip and TextArea with them, about 30 KB gzip, for a box and three headings.
 */
export function loginStyles(token: GlobalToken) {
  const text: CSSProperties = { wordBreak: 'break-word', lineHeight: token.lineHeight };
  const heading = (level: 2 | 3): CSSProperties => ({
    ...text,
    marginTop: 0,
    marginBottom: '0.5em',
    color: token.colorTextHeading,
    fontWeight: token.fontWeightStrong,
    fontSize: level === 2 ? token.fontSizeHeading2 : token.fontSizeHeading3,
    lineHeight: level === 2 ? token.lineHeightHeading2 : token.lineHeightHeading3,
  });
  return {
    /** What antd's App gives the signed-in screens: the base text of the theme. */
    page: {
      color: token.colorText,
      fontSize: token.fontSize,
      lineHeight: token.lineHeight,
      fontFamily: token.fontFamily,
    },
    panel: {
      boxSizing: 'border-box',
      width: '100%',
      maxWidth: 400,
      padding: token.paddingLG,
      background: token.colorBgContainer,
      borderRadius: token.borderRadiusLG,
      boxShadow: token.boxShadowTertiary,
    },
    tagline: { ...heading(2), color: '#fff' },
    government: { ...text, margin: '0 0 1em', color: 'rgba(255,255,255,0.8)', fontSize: 16 },
    title: heading(3),
    subtitle: { ...text, margin: '0 0 1em', color: token.colorTextDescription },
  } satisfies Record<string, CSSProperties>;
}
