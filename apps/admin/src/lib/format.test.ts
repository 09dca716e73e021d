import { afterEach, describe, expect, it } from 'vitest';
import { formatFte } from '../shared/gap-format';
import { formatDecimal } from '../routes/needs/needs-format';
import { formatAmount, formatPercent, formatRupiah } from '../shared/planning-format';
import { parseAmountText } from '../ui/number-text';
import { formatDate, formatNumber } from './format';
import { setFormatLanguage } from './locale';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';

afterEach(() => setFormatLanguage(DEFAULT_LANGUAGE));

const cases: [Language, Record<string, string>][] = [
  [
    'id',
    {
      number: '1.250.000',
      fte: '2,5',
      decimal: '2,40',
      percent: '28,4%',
      rupiah: 'Rp 1.250.000',
      date: '6 Des 2026',
    },
  ],
  [
    'en',
    {
      number: '1,250,000',
      fte: '2.5',
      decimal: '2.40',
      percent: '28.4%',
      rupiah: 'IDR 1,250,000',
      date: '6 Dec 2026',
    },
  ],
];

describe('numbers and dates follow the UI language', () => {
  it.each(cases)('writes %s notation', (language, expected) => {
    setFormatLanguage(language);
    expect({
      number: formatNumber(1_250_000),
      fte: formatFte(2.5),
      decimal: formatDecimal(2.4),
      percent: formatPercent(0.284),
      rupiah: formatRupiah(1_250_000).replace(/\u00a0/g, ' '),
      date: formatDate('2026-12-06T03:00:00Z'),
    }).toEqual(expected);
  });

  it.each(['id', 'en'] as const)('reads a money input typed in %s back', (language) => {
    setFormatLanguage(language);
    expect(parseAmountText(formatAmount(1_250_000_500))).toBe(1_250_000_500);
    expect(parseAmountText('')).toBeNull();
  });
});
