import { describe, expect, it } from 'vitest';
import { contrast, tintOf } from '../test/contrast';
import { chartColors } from './chart-colors';

// WCAG 2.1 AA (1.4.3) for the 12 px text of a Tag.
const AA_TEXT = 4.5;
// antd draws a custom-coloured Tag's text in the colour, on the colour at about 11% over white; 15% leaves margin.
const TAG_TINT = 0.15;

describe('gap colours', () => {
  it.each(['shortage', 'surplus'] as const)('writes a %s tag at 4.5:1 or more on its own tint', (kind) => {
    const colour = chartColors[kind];
    expect(contrast(colour, tintOf(colour, TAG_TINT))).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
