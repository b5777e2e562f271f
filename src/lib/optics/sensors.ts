import { FULL_FRAME_COC_MM } from './dof';

/**
 * Sensor formats. The crop factor compares each diagonal with full frame's 43.3 mm, and the
 * circle of confusion is the full-frame 0.03 mm divided by the crop factor
 * (the usual convention, Wikipedia's "Circle of confusion": APS-C ×1.5 → 0.02 mm, Micro Four Thirds ×2 → 0.015 mm).
 */
export const sensorIds = ['full-frame', 'aps-c', 'micro-four-thirds', 'medium-format', 'phone'] as const;
export type SensorId = (typeof sensorIds)[number];

export interface SensorFormat {
  id: SensorId;
  name: string;
  widthMm: number;
  heightMm: number;
  /** Full-frame diagonal ÷ this diagonal. */
  cropFactor: number;
  cocMm: number;
  note?: string;
}

const FULL_FRAME_DIAGONAL_MM = Math.hypot(36, 24);

function format(
  id: SensorId,
  name: string,
  widthMm: number,
  heightMm: number,
  cropFactor = FULL_FRAME_DIAGONAL_MM / Math.hypot(widthMm, heightMm),
  note?: string,
): SensorFormat {
  return { id, name, widthMm, heightMm, cropFactor, cocMm: FULL_FRAME_COC_MM / cropFactor, ...(note ? { note } : {}) };
}

export const sensorFormats: Readonly<Record<SensorId, SensorFormat>> = {
  'full-frame': format('full-frame', 'Full frame (36 × 24 mm)', 36, 24, 1),
  // The conventional crop factors the reference gives, rather than each maker's exact diagonal.
  'aps-c': format('aps-c', 'APS-C (23.6 × 15.6 mm, ×1.5)', 23.6, 15.6, 1.5),
  'micro-four-thirds': format('micro-four-thirds', 'Micro Four Thirds (17.3 × 13 mm, ×2)', 17.3, 13, 2),
  'medium-format': format('medium-format', 'Medium format (44 × 33 mm)', 44, 33),
  phone: format(
    'phone',
    'Phone main camera (about 9.6 × 7.2 mm)',
    9.6,
    7.2,
    undefined,
    'Phone sensors vary a lot; this is one large main-camera sensor, as an example.',
  ),
};

export function getSensor(id: SensorId): SensorFormat {
  return sensorFormats[id];
}
