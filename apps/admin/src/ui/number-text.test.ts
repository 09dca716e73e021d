import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLanguage } from '../lib/locale';
import { formatNumberText, parseAmountText, parseNumberText } from './number-text';

describe('parseNumberText', () => {
  it.each([
    ['empty text', '', null],
    ['blanks', '  ', null],
    ['a whole number', '120', 120],
    ['a negative number, kept negative', '-5', -5],
    ['a decimal comma', '0,75', 0.75],
    ['a decimal point', '0.75', 0.75],
    ['a decimal comma still being typed', '0,', 0],
    ['letters', 'abc', Number.NaN],
    ['digits with letters (never trimmed to the digits)', '12abc', Number.NaN],
    ['an exponent', '1e3', Number.NaN],
    ['two separators', '1.2.3', Number.NaN],
  ])('reads %s', (_name, text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it('reads back what it writes', () => {
    for (const value of [0, 0.5, 7, -10, 1250.25])
      expect(parseNumberText(formatNumberText(value))).toBe(value);
  });
});

describe('parseAmountText', () => {
  it.each([
    ['grouped rupiah', '1.250.000', 1_250_000],
    ['plain digits', '1250000', 1_250_000],
    ['a negative amount, kept negative', '-5.000', -5000],
    ['a dot that groups nothing', '1.5', Number.NaN],
    ['letters', 'Rp sejuta', Number.NaN],
    ['empty text', '', null],
  ])('reads %s', (_name, text, expected) => {
    expect(parseAmountText(text)).toBe(expected);
  });
});

describe('in English', () => {
  afterEach(() => setFormatLanguage('id'));

  it.each([
    ['a decimal point', '0.75', 0.75],
    ['a comma, which groups thousands in English and is never read as decimals', '1,250', Number.NaN],
  ])('reads %s as a number', (_name, text, expected) => {
    setFormatLanguage('en');
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each([
    ['grouped rupiah', '1,250,000', 1_250_000],
    ['plain digits', '1250000', 1_250_000],
    ['a comma that groups nothing', '1,5', Number.NaN],
  ])('reads %s as an amount', (_name, text, expected) => {
    setFormatLanguage('en');
    expect(parseAmountText(text)).toBe(expected);
  });

  it('reads back what it writes', () => {
    setFormatLanguage('en');
    for (const value of [0, 0.5, 7, -10, 1250.25])
      expect(parseNumberText(formatNumberText(value))).toBe(value);
  });
});
