/**
 * Whole numbers as the guide writes them: digits grouped in threes with commas ("12,000"),
 * as en-GB and en-US both do. Not `toLocaleString`: the first Intl formatting on a page makes
 * Chromium load its ICU number data, measured at 40–90 ms of main-thread work during a widget's
 * hydration on a 2-core machine, for output that is the same in every English locale.
 * Non-integers are rounded to the nearest whole number first.
 */
export function formatWholeNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return rounded < 0 ? `-${grouped}` : grouped;
}
