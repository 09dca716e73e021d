// Explanations show at most two decimals; the exact value travels next to the text.
const EXPLANATION_DECIMALS = 2;

/** A number for an explanation sentence: at most two decimals, no trailing zeros (2.5, 24, 0.33). */
export function formatForExplanation(value: number): string {
  return String(Number(value.toFixed(EXPLANATION_DECIMALS)));
}
