import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
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

type Rgba = [number, number, number, number];

function parseColour(colour: string): Rgba {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  if (short)
    return parseColour(
      `#${short
        .slice(1, 4)
        .map((digit) => digit.repeat(2))
        .join('')}`,
    );
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [...hex.slice(1, 4).map((part) => parseInt(part, 16)), 1] as Rgba;
  const rgba = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4] ?? 1)];
  throw new Error(`not a colour this test reads: ${colour}`);
}

function luminance([red, green, blue]: readonly number[]): number {
  const channel = (value = 0) => {
    const scaled = value / 255;
    return scaled <= 0.03928 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/** The contrast ratio of `text` (composited over `background` when translucent) against `background`. */
function contrast(text: string, background: string): number {
  const [red, green, blue, alpha] = parseColour(text);
  const base = parseColour(background);
  const shown = [red, green, blue].map((value, index) => value * alpha + (base[index] ?? 0) * (1 - alpha));
  const [lighter, darker] = [luminance(shown), luminance(base)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

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
