import { type Language } from './language.js';

// Explanations show at most two decimals; the exact value travels next to the text.
const EXPLANATION_DECIMALS = 2;
// Indonesian numbers (PUEBI): dot thousands, decimal comma — 1.250; 3,6.
const ID_EXPLANATION = new Intl.NumberFormat('id-ID', { maximumFractionDigits: EXPLANATION_DECIMALS });
const ID_RUPIAH = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const EN_RUPIAH = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ID_ONE_DECIMAL = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A number for an explanation sentence: at most two decimals, no trailing zeros. English stays plain (2.5, 1250,
 * 0.33); Indonesian uses the id-ID format (2,5; 1.250; 0,33).
 */
export function formatForExplanation(value: number, language: Language = 'en'): string {
  // `+ 0` turns −0 (e.g. −0.001 rounded) into 0, which Intl would print as "-0".
  const rounded = Number(value.toFixed(EXPLANATION_DECIMALS)) + 0;
  return language === 'en' ? String(rounded) : ID_EXPLANATION.format(rounded);
}

/** Exactly one decimal, for scores: 63.0 in English, 63,0 in Indonesian. */
export function formatOneDecimal(value: number, language: Language = 'en'): string {
  return language === 'en' ? value.toFixed(1) : ID_ONE_DECIMAL.format(Number(value.toFixed(1)) + 0);
}

/** A rupiah amount in a sentence, whole rupiah: Rp1.250.000 in Indonesian (PUEBI), IDR 1,250,000 in English. */
export function formatRupiahForExplanation(amount: number, language: Language = 'en'): string {
  const rounded = Math.round(amount) + 0;
  return language === 'en' ? `IDR ${EN_RUPIAH.format(rounded)}` : `Rp${ID_RUPIAH.format(rounded)}`;
}
