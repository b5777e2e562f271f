/**
 * Colour temperature to RGB, by Tanner Helland's fit to Mitchell Charity's black-body table
 * (https://tannerhelland.com/2012/09/18/convert-temperature-rgb-algorithm-code.html). Meant for photo editing, not colorimetry.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The fit is valid from 1,000 K to 40,000 K; values outside are clamped to these ends. */
export const KELVIN_MIN = 1000;
export const KELVIN_MAX = 40000;

const clampChannel = (value: number): number => Math.round(Math.min(255, Math.max(0, value)));

/** Integer channels 0–255 for a colour temperature in kelvin (clamped to 1,000–40,000 K). */
export function kelvinToRgb(kelvin: number): Rgb {
  const safe = Number.isFinite(kelvin) ? kelvin : 6500;
  const t = Math.min(KELVIN_MAX, Math.max(KELVIN_MIN, safe)) / 100;

  const red = t <= 66 ? 255 : 329.698727446 * Math.pow(t - 60, -0.1332047592);
  const green = t <= 66 ? 99.4708025861 * Math.log(t) - 161.1195681661 : 288.1221695283 * Math.pow(t - 60, -0.0755148492);
  const blue = t >= 66 ? 255 : t <= 19 ? 0 : 138.5177312231 * Math.log(t - 10) - 305.0447927307;

  return { r: clampChannel(red), g: clampChannel(green), b: clampChannel(blue) };
}

/** "#RRGGBB", upper case, as the reference writes its examples. */
export function rgbToHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

export function kelvinToHex(kelvin: number): string {
  return rgbToHex(kelvinToRgb(kelvin));
}

/**
 * How a temperature reads in a photograph balanced for daylight. The boundaries are this
 * site's convention: the reference's warm-white (3,000 K) and cool-white (4,000 K) tubes sit
 * either side of 4,000, and flash (5,500–5,600 K) is the neutral the cool side starts above.
 */
export type TemperatureFeel = 'warm' | 'neutral' | 'cool';
export const WARM_BELOW_K = 4000;
export const COOL_ABOVE_K = 6000;

export function temperatureFeel(kelvin: number): TemperatureFeel {
  if (kelvin < WARM_BELOW_K) return 'warm';
  if (kelvin > COOL_ABOVE_K) return 'cool';
  return 'neutral';
}
