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
  {
    id: 'skin.colour-variation',
    pillar: 'skin',
    title: 'Perfect skin → skin with colour and history',
    before: 'close-up portrait of an older man, perfect skin, even skin tone',
    after: [
      { text: 'close-up portrait of an older man' },
      'skin.uneven-tone',
      'skin.redness-nose',
      'skin.blue-grey-shadows',
      'skin.warm-thin-highlights',
      'skin.fine-wrinkles',
      'skin.scar-near-chin',
    ],
    why: 'Real skin is not one colour: the seed article lists the pinks, reds, blue-greys and warm highlights a face carries, and located marks give it a history.',
  },
  {
    id: 'light.side-left-portrait',
    pillar: 'light',
    title: 'Dramatic lighting → one named source and its shadows',
    before: 'portrait of a fisherman, dramatic lighting',
    after: [
      { text: 'portrait of a fisherman' },
      'light.strong-side-left',
      'light.shadows-fall-right',
      'skin.vellus-hair',
    ],
    why: 'A mood word gives the model no source to obey; a direction and the shadow logic that follows from it do, and sidelight is what makes vellus hair visible.',
  },
  {
    id: 'material.concrete-wall',
    pillar: 'material',
    title: 'Concrete wall → concrete that was poured',
    before: 'a modern house with a concrete wall',
    after: [
      { text: 'a modern house' },
      'material.concrete-form-texture',
      'material.concrete-tie-holes',
      'material.concrete-pour-lines',
    ],
    why: 'The seed article says material fidelity is not automatic: naming the formwork texture, the tie holes and the pour lines asks for the marks real concrete carries.',
  },
  {
    id: 'lens.three-planes',
    pillar: 'lens',
    title: 'Out of focus → three planes at known distances',
    before: 'a street musician, background out of focus',
    after: [
      { text: 'a street musician playing violin on a bridge' },
      'lens.portrait-85mm-f1-8',
      'scene.depth-planes',
      'lens.circular-bokeh',
    ],
    why: 'A lens, an aperture and named planes give the model a focal plane to measure sharpness from, instead of a blur applied to "the background".',
  },
  {
    id: 'scene.no-people',
    pillar: 'scene',
    title: 'No people → what fills the space',
    before: 'an old town street at dawn, no people',
    after: [{ text: 'an old town at dawn' }, 'scene.empty-deserted'],
    why: 'FLUX has no negative prompt; naming people, even to exclude them, draws attention to them. BFL\'s advice is to describe what is there instead.',
  },
  {
    id: 'scene.front-loaded',
    pillar: 'scene',
    title: 'Quality tags first → the subject first',
    before: 'masterpiece, 8k, ultra realistic, best quality, an old fisherman mending a net',
    after: [
      { text: 'an old fisherman mending a net on a harbour wall' },
      'scene.captured-in-moment',
      'lens.fujifilm-x-t5-35mm',
      'light.soft-overcast',
    ],
    why: 'BFL says the first words weigh most: spend them on the subject, and replace quality tags with a camera and a light that a real photograph would have.',
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
