/**
 * The A/B comparisons the lens study offers: a second lens framing the person the same, beside
 * the reader's. The example comes first (35 mm f/8 against an 85 mm f/1.8 portrait).
 */
export const lensComparisons = [
  { id: '35-8', label: '35 mm f/8', focalLengthMm: 35, fNumber: 8 },
  { id: '24-2.8', label: '24 mm f/2.8', focalLengthMm: 24, fNumber: 2.8 },
  { id: '35-1.4', label: '35 mm f/1.4', focalLengthMm: 35, fNumber: 1.4 },
  { id: '50-1.8', label: '50 mm f/1.8', focalLengthMm: 50, fNumber: 1.8 },
  { id: '85-1.8', label: '85 mm f/1.8', focalLengthMm: 85, fNumber: 1.8 },
  { id: '135-2', label: '135 mm f/2', focalLengthMm: 135, fNumber: 2 },
] as const;
export type LensComparisonId = (typeof lensComparisons)[number]['id'];
export const lensComparisonIds = lensComparisons.map((c) => c.id) as [LensComparisonId, ...LensComparisonId[]];
