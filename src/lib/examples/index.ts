import { composePrompt, type PromptPart } from '../prompt/compose';
import type { Pillar } from '../fragments/schema';

/**
 * Before/after prompt pairs: a vague prompt and the specific one that replaces it.
 * The articles and the diff viewer show these, so their text lives here, once.
 */
export interface PromptPairDefinition {
  id: string;
  pillar: Pillar;
  title: string;
  /** The vague prompt, as people write it. */
  before: string;
  /** The specific prompt, built from catalogue fragments and free text. */
  after: readonly PromptPart[];
  /** What the change does, in one or two sentences. */
  why: string;
}

function definePairs<const T extends readonly PromptPairDefinition[]>(pairs: T): T {
  return pairs;
}

const definitions = definePairs([
  {
    id: 'material.rainy-street',
    pillar: 'material',
    title: 'Rainy street → wet cobblestones',
    before: 'an old town square at night, rainy street',
    after: [{ text: 'an old town square at night' }, 'material.wet-cobblestones', 'material.stone-scale-puddles'],
    why: 'The seed article\'s wet-surface tip: naming the wet material, the light it reflects and the scale of the puddles lets FLUX resolve the reflection physics.',
  },
  {
    id: 'lens.blurry-background',
    pillar: 'lens',
    title: 'Blurry background → a named lens and aperture',
    before: 'portrait of a woman in a park, blurry background',
    after: [{ text: 'portrait of a woman in a park' }, 'lens.portrait-85mm-f1-8'],
    why: 'A focal length, an aperture and a focus point describe optical depth of field; "blurry background" only asks for blur.',
  },
  {
    id: 'light.flat-product',
    pillar: 'light',
    title: 'Nice lighting → an explicit product light set-up',
    before: 'a leather wallet on a wooden table, nice lighting',
    after: [
      { text: 'a leather wallet on a wooden table' },
      'light.product-key-upper-left',
      'light.soft-box',
      'light.raking-texture',
      'light.white-card-fill',
    ],
    why: 'The seed article\'s product tip: a described light set-up gives FLUX the direction it needs for surface detail instead of flat, even light.',
  },
  {
    id: 'skin.plain-portrait',
    pillar: 'skin',
    title: 'Beautiful skin → natural skin texture',
    before: 'close-up portrait of a woman, beautiful skin',
    after: [
      { text: 'close-up portrait of a woman' },
      'skin.natural-texture',
      'skin.no-retouching',
      'skin.visible-pores',
      'skin.natural-imperfections',
    ],
    why: 'The seed article\'s portrait tip asks the model to keep detail rather than smooth it, the opposite of most models\' default.',
  },
]);

export type PromptPairId = (typeof definitions)[number]['id'];

export interface PromptPair extends PromptPairDefinition {
  id: PromptPairId;
  /** The composed "after" prompt. */
  afterPrompt: string;
}

export const promptPairs: readonly PromptPair[] = definitions.map((pair) => ({
  ...pair,
  afterPrompt: composePrompt(pair.after),
}));

export function getPromptPair(id: PromptPairId): PromptPair {
  const pair = promptPairs.find((p) => p.id === id);
  if (!pair) throw new Error(`Unknown prompt pair "${String(id)}"`);
  return pair;
}
