import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { addFeatureTranslations } from '../i18n/features';
import { describeNumberLimit, numberRule } from './number-rule';

const english = addFeatureTranslations(createI18n('en')).t;
const indonesian = addFeatureTranslations(createI18n('id')).t;

describe('describeNumberLimit', () => {
  it.each([
    [
      { kind: 'BELOW', min: 0, exclusive: true } as const,
      'Must be greater than 0.',
      'Harus lebih besar dari 0.',
    ],
    [
      { kind: 'BELOW', min: 0, exclusive: false } as const,
      'Must be at least 0.',
      'Tidak boleh kurang dari 0.',
    ],
    [{ kind: 'ABOVE', max: 75_000 } as const, 'Must be at most 75.000.', 'Tidak boleh lebih dari 75.000.'],
    [{ kind: 'NOT_WHOLE' } as const, 'Must be a whole number.', 'Harus berupa bilangan bulat.'],
    [{ kind: 'NOT_A_NUMBER' } as const, 'Must be a number.', 'Harus berupa angka.'],
  ])('words %j in English and Bahasa Indonesia', (limit, inEnglish, inIndonesian) => {
    expect(describeNumberLimit(english, limit)).toBe(inEnglish);
    expect(describeNumberLimit(indonesian, limit)).toBe(inIndonesian);
  });
});

describe('numberRule', () => {
  const rule = numberRule(english, { min: 0, max: 1 });
  const check = (value: unknown) =>
    typeof rule === 'function' || !rule.validator
      ? Promise.reject(new Error('not a validator rule'))
      : rule.validator({}, value, () => undefined);

  it('lets an empty value through to the required rule, and a value inside the bounds', async () => {
    await expect(check(null)).resolves.toBeUndefined();
    await expect(check(0.5)).resolves.toBeUndefined();
  });

  it('refuses a value out of the bounds, and anything that is not a number, with the bound', async () => {
    await expect(check(7)).rejects.toThrow('Must be at most 1.');
    await expect(check(-10)).rejects.toThrow('Must be at least 0.');
    await expect(check(Number.NaN)).rejects.toThrow('Must be a number.');
    await expect(check('7')).rejects.toThrow('Must be a number.');
  });
});
