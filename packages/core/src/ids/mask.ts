import { NIK_LENGTH } from './nik.js';
import { NIP_LENGTH } from './nip.js';
import { stripSeparators } from './id-common.js';

const MASK_CHARACTER = '*';
// UU 27/2022 (PDP): show only what a clerk needs to tell records apart; a NIK keeps its region code (first 6 digits).
const NIK_VISIBLE_HEAD = 6;
const NIK_VISIBLE_TAIL = 2;
const NIP_VISIBLE_HEAD = 4;
const NIP_VISIBLE_TAIL = 3;

/** '1373011503850001' → '137301********01'. Anything that is not a NIK is masked whole, keeping its length. */
export function maskNik(value: string): string {
  return maskDigits(value, NIK_LENGTH, NIK_VISIBLE_HEAD, NIK_VISIBLE_TAIL);
}

/** '196803151990031002' → '1968***********002' (also fits NI PPPK). Anything else is masked whole. */
export function maskNip(value: string): string {
  return maskDigits(value, NIP_LENGTH, NIP_VISIBLE_HEAD, NIP_VISIBLE_TAIL);
}

function maskDigits(value: string, length: number, head: number, tail: number): string {
  const digits = stripSeparators(value);
  if (digits.length !== length || !/^\d+$/.test(digits)) {
    return MASK_CHARACTER.repeat(value.length);
  }
  return digits.slice(0, head) + MASK_CHARACTER.repeat(length - head - tail) + digits.slice(length - tail);
}
