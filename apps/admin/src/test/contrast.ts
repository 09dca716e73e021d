// WCAG 2.1 contrast of CSS colours (#rgb, #rrggbb, rgb(), rgba()), for tests of the theme's colours.

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
export function contrast(text: string, background: string): number {
  const [red, green, blue, alpha] = parseColour(text);
  const base = parseColour(background);
  const shown = [red, green, blue].map((value, index) => value * alpha + (base[index] ?? 0) * (1 - alpha));
  const [lighter, darker] = [luminance(shown), luminance(base)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** `colour` laid at `alpha` over white, as antd tints a custom-coloured Tag's background. */
export function tintOf(colour: string, alpha: number): string {
  const [red, green, blue] = parseColour(colour);
  return `rgb(${[red, green, blue].map((value) => value * alpha + 255 * (1 - alpha)).join(', ')})`;
}
