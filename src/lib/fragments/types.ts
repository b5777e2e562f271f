import type { SensorId } from '../optics/sensors';

/**
 * The catalogue's vocabulary and types, written once here. The schemas in ./schema check the
 * catalogue against them at build time and in the tests (see ../checks.ts), so the browser gets
 * the catalogue without its validator.
 */

/**
 * The realism pillars a fragment belongs to. `text` is text rendered inside the image; `camera` is
 * the capture medium and framing (body, film stock, shutter, shot size, camera height), which
 * changes a picture as much as the lens does but is not optics.
 */
export const pillars = ['skin', 'light', 'material', 'lens', 'color', 'scene', 'macro', 'text', 'camera'] as const;
export type Pillar = (typeof pillars)[number];

/** How a pillar is named on screen (the ids stay short in data and URLs). */
export const pillarLabels: Record<Pillar, string> = {
  skin: 'Skin',
  light: 'Light',
  material: 'Materials',
  lens: 'Lens and depth',
  color: 'Colour',
  scene: 'Scenes',
  macro: 'Macro and product',
  text: 'Text in the image',
  camera: 'Camera, film and framing',
};

/**
 * Where a fragment sits in a composed prompt. BFL's guidance front-loads what matters most:
 * subject, action, style, context, then camera, lighting, colour and finer details.
 */
export const promptSlots = ['subject', 'action', 'style', 'context', 'camera', 'lighting', 'color', 'details'] as const;
export type PromptSlot = (typeof promptSlots)[number];

/** Where a fragment's words come from. */
export type FragmentSource =
  /** A section of PicassoIA's article, by its heading. */
  | { kind: 'article'; section: string }
  /** A documented fact from a primary source (BFL's prompting docs, a photographic reference table). */
  | { kind: 'reference'; url: string }
  /** A public page read for this fact (a photographic reference, a model's issue tracker). */
  | { kind: 'web'; url: string };

/** A catalogue entry. Catalogue files write these; `id` stays literal for the FragmentId union. */
export interface Fragment {
  /** `<pillar>.<kebab-case-slug>` */
  id: string;
  pillar: Pillar;
  slot: PromptSlot;
  label: string;
  /** The exact words a reader copies into a prompt. */
  text: string;
  /** One sentence: what these words do to the image. */
  does: string;
  tags?: string[];
  conflictsWith?: string[];
  /** Vague phrases this fragment improves on, lower case (e.g. "blurry background"). */
  replaces?: string[];
  /**
   * The lens a fragment names, as numbers, so the tests can hold its words to the optics
   * library (a crop sensor's full-frame equivalent, for instance).
   */
  optics?: { focalLengthMm: number; fNumber?: number; sensor: SensorId };
  source: FragmentSource;
}
export type FragmentDefinition = Fragment;

/** Keeps each id as a string literal so that the catalogue's ids form a TypeScript union. */
export function defineFragments<const T extends readonly FragmentDefinition[]>(definitions: T): T {
  return definitions;
}
