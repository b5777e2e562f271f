import type { FragmentId } from '../fragments';
import type { FragmentSource, Pillar, PromptSlot } from '../fragments/types';
import type { ModelId } from '../models';

/**
 * A prompt template: named slots a reader fills, and a body made only of catalogue
 * fragments and references to those slots. The template holds no prompt words of its
 * own, so every phrase it produces comes from the catalogue or from the reader.
 */

/** Free text the reader writes (a subject, a setting); `position` is where it sits in BFL's order. */
export interface TextSlotDefinition {
  kind: 'text';
  label: string;
  /** A short hint shown beside the field. */
  hint: string;
  default: string;
  position: PromptSlot;
}

/** A choice between catalogue fragments; the value is a fragment id. */
export interface ChoiceSlotDefinition {
  kind: 'choice';
  label: string;
  default: FragmentId;
  choices: readonly FragmentId[];
}

export type SlotDefinition = TextSlotDefinition | ChoiceSlotDefinition;

/** One part of a template's body: a fixed fragment, or a slot by name. */
export type TemplateBodyPart = FragmentId | { fill: string };

export interface TemplateDefinition {
  /** kebab-case, stable: used in URLs (/tools/builder/?template=<id>). */
  id: string;
  title: string;
  pillars: readonly Pillar[];
  models: readonly ModelId[];
  slots: Readonly<Record<string, SlotDefinition>>;
  body: readonly TemplateBodyPart[];
  /**
   * How a photographer would hold the camera for this picture: upright for a portrait, wide for
   * a street or a landscape. The builder starts the run at that shape; square when left out.
   */
  shape?: PictureShape;
}

export type PictureShape = 'portrait' | 'landscape';

/** What a template's card says to the reader (./notes). */
export interface TemplateNotes {
  /** One sentence: what the template is for. */
  summary: string;
  /** One line: what a picture from this prompt should look like. */
  expect: string;
  /** One honest line: the failure to look for first (hands, text, a habit of the model). */
  watchFor: string;
  /** The section of PicassoIA's article, or the reference or page, the worked example comes from. */
  source: FragmentSource;
}

