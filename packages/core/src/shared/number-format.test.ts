import { describe, expect, it } from 'vitest';
import { formatForExplanation, formatOneDecimal } from './number-format.js';

describe('formatForExplanation', () => {
  it.each([
    [2.5, '2.5', '2,5'],
    [24, '24', '24'],
    [1 / 3, '0.33', '0,33'],
    [1250, '1250', '1.250'],
    [270_000, '270000', '270.000'],
    [1_234_567.891, '1234567.89', '1.234.567,89'],
    [-2.5, '-2.5', '-2,5'],
    [-0.001, '0', '0'],
  ])('writes %d as %s in English and %s in Bahasa Indonesia', (value, english, indonesian) => {
    expect(formatForExplanation(value)).toBe(english);
    expect(formatForExplanation(value, 'en')).toBe(english);
    expect(formatForExplanation(value, 'id')).toBe(indonesian);
  });
});

describe('formatOneDecimal', () => {
  it.each([
    [63, '63.0', '63,0'],
    [62.25, '62.3', '62,3'],
    [1234.56, '1234.6', '1.234,6'],
    [0, '0.0', '0,0'],
  ])('writes %d as %s and %s', (value, english, indonesian) => {
    expect(formatOneDecimal(value, 'en')).toBe(english);
    expect(formatOneDecimal(value, 'id')).toBe(indonesian);
  });
});
