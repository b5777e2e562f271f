/**
 * Whole numbers as the guide writes them, in British English: digits grouped in threes with
 * commas ("12,000"). Non-integers are rounded to the nearest whole number first.
 *
 * Written by hand rather than with toLocaleString: the first call of that starts the browser's
 * number formatting, which showed up as one of the longest pieces of main-thread work while a
 * tool page loaded (scripts/profile-load.mjs).
 */
export function formatWholeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // `|| 0` turns -0 (from rounding a small negative) into 0.
  const rounded = Math.round(value) || 0;
  const digits = String(Math.abs(rounded));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${grouped}` : grouped;
}
