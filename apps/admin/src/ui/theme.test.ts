import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { contrast } from '../test/contrast';
import { palette, theme } from './theme';

// WCAG 2.1 AA (1.4.3): body-size text needs 4.5:1 against what it is drawn on.
const AA_TEXT = 4.5;
const PRESET_PALETTES = [
  'blue',
  'purple',
  'cyan',
  'green',
  'magenta',
  'red',
  'orange',
  'volcano',
  'geekblue',
  'gold',
  'lime',
];

const token = antdTheme.getDesignToken(theme);
// What Tag draws with: the global tokens with the Tag overrides on top, as antd merges them for the component.
const globalToken: Record<string, unknown> = Object.fromEntries(Object.entries(token));
const tagToken: Record<string, unknown> = { ...globalToken, ...theme.components?.Tag };
const tokenColour = (name: string, source: Record<string, unknown> = globalToken): string => {
  const value = source[name];
  if (typeof value !== 'string') throw new Error(`token ${name} is not a colour`);
  return value;
};

describe('theme contrast', () => {
  const surfaces = {
    container: token.colorBgContainer,
    canvas: palette.canvas,
    tableHeader: palette.tableHeader,
  };
  const texts = [
    'colorText',
    'colorTextSecondary',
    'colorTextTertiary',
    'colorTextDescription',
    'colorTextLabel',
    'colorTextPlaceholder',
    'colorSuccessText',
    'colorWarningText',
    'colorErrorText',
    'colorError',
    'colorLink',
  ];
  const cases = texts.flatMap((text) =>
    Object.entries(surfaces).map(([surface, colour]) => ({ text, surface, colour })),
  );

  it.each(cases)('draws $text at 4.5:1 or more on the $surface', ({ text, colour }) => {
    expect(contrast(tokenColour(text), colour)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('writes a danger button label in white at 4.5:1 or more on the error colour', () => {
    expect(contrast(token.colorTextLightSolid, token.colorError)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(['Success', 'Info', 'Warning', 'Error'])('draws a %s status tag at 4.5:1 or more', (status) => {
    const text = tokenColour(`color${status}`, tagToken);
    const background = tokenColour(`color${status}Bg`, tagToken);
    expect(contrast(text, background)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(PRESET_PALETTES)('draws a %s preset tag at 4.5:1 or more', (preset) => {
    const text = tokenColour(`${preset}7`, tagToken);
    const background = tokenColour(`${preset}1`, tagToken);
    expect(contrast(text, background)).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
