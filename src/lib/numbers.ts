/**
 * Whole numbers as the guide writes them, in British English: digits grouped in threes with
 * commas ("12,000"). Non-integers are rounded to the nearest whole number first.
 */
export function formatWholeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // `|| 0` turns -0 (from rounding a small negative) into 0.
  return (Math.round(value) || 0).toLocaleString('en-GB');
}
