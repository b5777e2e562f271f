import { formatWholeNumber } from '../numbers';

/** Lengths as a photographer reads them: "5.7 cm", "1.97 m", "134 m", "infinite". */
export function formatLength(metres: number): string {
  if (!Number.isFinite(metres)) return 'infinite';
  if (metres < 0.01) return `${(metres * 1000).toFixed(1)} mm`;
  if (metres < 1) return `${(metres * 100).toFixed(1)} cm`;
  if (metres < 10) return `${metres.toFixed(2)} m`;
  if (metres < 100) return `${metres.toFixed(1)} m`;
  return `${formatWholeNumber(metres)} m`;
}

export function formatDegrees(degrees: number): string {
  return `${degrees < 10 ? degrees.toFixed(1) : Math.round(degrees)}°`;
}
