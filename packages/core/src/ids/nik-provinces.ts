/**
 * Province codes (digits 1–2 of a NIK) in the Kemendagri numbering that Dukcapil uses: Sumatra 11–19, Kepri 21,
 * Java 31–36, Bali–Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–96 (the four
 * provinces split from Papua in 2022 took 93–96; Kepmendagri 100.1.1-6117/2022). BPS numbers Papua differently
 * (up to 97); those codes never appear in a NIK, so they are not accepted here (domain.md §6: do not mix the two).
 */
// prettier-ignore
export const NIK_PROVINCE_CODES = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19',
  '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
] as const;
export type NikProvinceCode = (typeof NIK_PROVINCE_CODES)[number];

export function isNikProvinceCode(code: string): code is NikProvinceCode {
  return NIK_PROVINCE_CODES.some((candidate) => candidate === code);
}
