import type { FragmentId } from '../fragments';

/**
 * What a prompt says about the photograph, as claims: each one a value for one facet of the
 * picture ("depth: shallow", "time: night", "focal length: 85"), with the words it came from.
 * Free text and catalogue phrases are read the same way, so a contradiction between two
 * catalogue phrases and one between two phrases a reader typed is found by one rule.
 */

export const facets = [
  // subjects
  'subject',
  'people',
  'motion',
  // setting
  'setting',
  'place',
  // time and weather
  'time',
  'season',
  'sky',
  'weather',
  'stars',
  // light
  'light',
  'light-pattern',
  'key-side',
  'shadow',
  'warmth',
  // camera
  'focal',
  'aperture',
  'shutter',
  'iso',
  'medium',
  'magnification',
  // intent
  'depth',
  'color-mode',
  'tonal-key',
  'shot-size',
  'camera-height',
  'pose',
  'background',
  'grain',
  'style',
  'problem',
  'clothing',
  // a catalogue phrase, by id: what the catalogue itself says conflicts with it
  'fragment',
] as const;
export type Facet = (typeof facets)[number];

export interface Claim {
  facet: Facet;
  /** The value, as a word of the facet's vocabulary ("shallow", "night", "film"), or a number written as text. */
  value: string;
  /** For numeric facets (mm, f-number, seconds, ISO, Kelvin, people): the number the words give. */
  number?: number;
  /** A finer name where two claims of the same value can still differ ("portra" and "tri-x" are both film). */
  detail?: string;
  /** Character range in the prompt, [start, end). */
  start: number;
  end: number;
  /** The words themselves, as written. */
  text: string;
  /** Set on 'fragment' claims: the catalogue phrase found here. */
  fragmentId?: FragmentId;
}
