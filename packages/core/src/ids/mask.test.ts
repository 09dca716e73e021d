import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskNik, maskNip } from './mask.js';

describe('maskNik', () => {
  it.each([
    ['a NIK keeps its region code and last two digits', '1373011503850001', '137301********01'],
    ['a grouped NIK is masked in its compact form', '1373 0115 0385 0001', '137301********01'],
    ['15 digits are masked whole', '137301150385000', '***************'],
    ['letters are masked whole', '13730115038500O1', '****************'],
    ['an empty value stays empty', '', ''],
  ])('%s', (_name, value, masked) => {
    expect(maskNik(value)).toBe(masked);
  });

  it('never reveals digits 7–14 (date of birth and the first serial digits)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{16}$/), fc.string()), (value) => {
        const masked = maskNik(value);
        expect(masked.slice(6, 14)).not.toMatch(/\d/);
        expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe('maskNip', () => {
  it.each([
    ['a NIP keeps its first four and last three digits', '196803151990031002', '1968***********002'],
    ['a NI PPPK is masked the same way', '199001102023211001', '1990***********001'],
    ['a short value is masked whole', '19680315', '********'],
  ])('%s', (_name, value, masked) => {
    expect(maskNip(value)).toBe(masked);
  });

  it('never reveals digits 5–15', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{18}$/), fc.string()), (value) => {
        expect(maskNip(value).slice(4, 15)).not.toMatch(/\d/);
      }),
    );
  });
});
