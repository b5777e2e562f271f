import { composePrompt, type PromptPart } from '../prompt/compose';
import type { Pillar } from '../fragments/types';

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

/**
 * The workflow chapter's starting prompt, the one PicassoIA's article suggests:
 * a portrait with a lighting condition, a skin description and a lens.
 */
const workflowBase: readonly PromptPart[] = [
  'scene.craftsman-workshop',
  'lens.portrait-85mm-f1-8',
  'light.strong-side-left',
  'skin.natural-texture',
];

function definePairs<const T extends readonly PromptPairDefinition[]>(pairs: T): T {
  return pairs;
}

const definitions = definePairs([
  // The home page's first five minutes: one vague portrait and its photographic rewrite.
  {
    id: 'skin.first-portrait',
    pillar: 'skin',
    title: 'A vague portrait → a photograph someone could have taken',
    before: 'beautiful woman, portrait, ultra realistic, high quality, 8k',
    after: [
      { text: 'a woman in her thirties reading a letter at a kitchen table' },
      'scene.captured-in-moment',
      'lens.portrait-85mm-f1-8',
      'light.window-light-right',
      'skin.natural-texture',
      'skin.visible-pores',
    ],
    why: 'The subject comes first and does something; the quality tags give way to a way of shooting, a lens, a light with a direction and real skin.',
  },
  {
    id: 'material.rainy-street',
    pillar: 'material',
    title: 'Rainy street → wet cobblestones',
    before: 'an old town square at night, rainy street',
    after: [{ text: 'an old town square at night' }, 'material.wet-cobblestones', 'material.stone-scale-puddles'],
    why: 'PicassoIA\'s wet-surface tip: naming the wet material, the light it reflects and the scale of the puddles lets FLUX resolve the reflection physics.',
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
    why: 'A described light set-up gives FLUX the direction it needs for surface detail instead of flat, even light.',
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
    why: 'Four phrases from PicassoIA\'s portrait tip ask the model to keep detail rather than smooth it; BFL\'s photorealism guide also asks for real texture by name.',
  },
  // Colour, scenes, macro and limits chapters.
  {
    id: 'color.candy-portrait',
    pillar: 'color',
    title: 'Vibrant colours → skin tone under a named light',
    before: 'portrait of a woman at an outdoor market, vibrant colors, color graded',
    after: [
      { text: 'portrait of a woman at an outdoor market' },
      'light.soft-overcast',
      'color.warm-olive-overcast',
      'color.skin-tone-blend',
      'color.true-to-life',
    ],
    why: 'Name the skin tone and the light together, and ask for the colour a calibrated camera records rather than colour tuned for impact.',
  },
  {
    id: 'color.mixed-room',
    pillar: 'color',
    title: 'Warm and cool lighting → two named sources and what their shadows do',
    before: 'a man reading in a cozy living room, warm and cool lighting',
    after: [
      { text: 'a man reading in an armchair in a living room' },
      'light.mixed-tungsten-daylight',
      'color.warm-to-cool-gradient',
      'color.amber-tungsten-shadows',
    ],
    why: 'Naming which light sits on which side lets FLUX keep the two temperatures apart across the subject instead of averaging them, and says what colour the shadows take.',
  },
  {
    id: 'color.hex-product',
    pillar: 'color',
    title: 'Brand colours → a hex code tied to a named object',
    before: 'product photo of a coffee mug, orange mug, brand colors',
    after: [{ text: 'product photograph of a coffee mug on a plain table' }, 'color.hex-named-object', 'light.soft-box', 'color.true-to-life'],
    why: 'BFL\'s hex rule: the word color before the code, the code paired with a colour name and tied to the one object that should carry it.',
  },
  {
    id: 'scene.workshop-portrait',
    pillar: 'scene',
    title: 'Detailed background → an environment that shares the subject\'s light',
    before: 'a carpenter in his workshop, detailed background',
    after: [
      'scene.craftsman-workshop',
      'scene.workshop-tools',
      'lens.documentary-35mm',
      'light.window-light-right',
      'scene.workshop-lighting',
      'scene.sawdust-clothing',
    ],
    why: 'An environmental portrait: a window that lights both the face and the bench, traces of the work on the clothes, and tools that keep their own material detail.',
  },
  {
    id: 'scene.street-two-people',
    pillar: 'scene',
    title: 'Two people, city background → placed people in a readable street',
    before: 'two people talking on a street, city background',
    after: [
      'scene.explicit-positions',
      { text: 'talking on the pavement', slot: 'action' },
      'scene.busy-street',
      'scene.readable-facades',
      'scene.people-in-motion',
    ],
    why: 'Each person gets a side of the frame, and the background is described as a real street with facades and passers-by, so it holds together instead of turning to texture.',
  },
  {
    id: 'macro.pocket-watch',
    pillar: 'macro',
    title: 'Highly detailed antique watch → the wear a close lens would find',
    before: 'close-up of an antique watch, highly detailed',
    after: [
      'macro.pocket-watch',
      'lens.close-up-quarter-life-size',
      'macro.crystal-scratches',
      'macro.brass-patina',
      'text.watch-numerals',
    ],
    why: 'Scratches on the crystal, patina on the rim and printed numerals are what a close lens finds on the dial side; "highly detailed" names none of them. The engraving on the back is another photograph.',
  },
  {
    id: 'macro.still-life-light',
    pillar: 'macro',
    title: 'Product photography → named objects and a described light set-up',
    before: 'still life of a bowl and a glass of water, product photography',
    after: [
      'macro.handmade-ceramic',
      'macro.water-glass-refraction',
      'light.product-key-upper-left',
      'light.soft-box',
      'light.raking-texture',
      'light.white-card-fill',
    ],
    why: 'Each object is named with the surface behaviour that proves it real, and an explicit light set-up gives FLUX a direction for that surface detail.',
  },
  {
    id: 'text.bakery-sign',
    pillar: 'text',
    title: 'Sign with writing → one quoted word, its surface, style and place',
    before: 'a bakery storefront with a sign with writing on it',
    after: [
      { text: 'a bakery storefront on a quiet morning street' },
      'text.quoted-short-sign',
      'text.font-style',
      { text: 'the sign hanging beside the open door', slot: 'details' },
    ],
    why: 'BFL\'s text rule: the exact word in quotation marks, the font style and where the one sign hangs, and no more words than the image needs.',
  },
  {
    id: 'scene.family-picnic',
    pillar: 'scene',
    title: 'A family picnic → every person given a place',
    before: 'a family of four having a picnic in a park',
    after: [
      { text: 'a family picnic on a blanket in a park' },
      'scene.family-positions',
      'lens.documentary-35mm',
      'light.soft-overcast',
    ],
    why: 'Stating who sits where, and on which depth plane, is the workaround for arrangement errors; it improves the odds without guaranteeing the layout.',
  },
  // The workflow chapter's experiment ladder: each rung adds one change to the previous prompt.
  {
    id: 'skin.workflow-step-skin',
    pillar: 'skin',
    title: 'Rung 1: add the skin description, change nothing else',
    before: composePrompt(workflowBase),
    after: [...workflowBase, 'skin.visible-pores', 'skin.natural-imperfections'],
    why: 'Same seed, same settings, one change: compare the cheeks and nose of the two images and nothing else.',
  },
  {
    id: 'scene.workflow-step-environment',
    pillar: 'scene',
    title: 'Rung 2: add the environment, change nothing else',
    before: composePrompt([...workflowBase, 'skin.visible-pores', 'skin.natural-imperfections']),
    after: [...workflowBase, 'skin.visible-pores', 'skin.natural-imperfections', 'scene.workshop-tools', 'scene.sawdust-clothing'],
    why: 'Now look behind the subject: do the tools keep their material detail, and does the light on them come from the same side as the light on the face?',
  },
  {
    id: 'material.workflow-step-surfaces',
    pillar: 'material',
    title: 'Rung 3: add one material, change nothing else',
    before: composePrompt([...workflowBase, 'skin.visible-pores', 'skin.natural-imperfections', 'scene.workshop-tools', 'scene.sawdust-clothing']),
    after: [
      ...workflowBase,
      'skin.visible-pores',
      'skin.natural-imperfections',
      'scene.workshop-tools',
      'scene.sawdust-clothing',
      'material.wood-grain-direction',
    ],
    why: 'Look at the boards and the workbench: does the grain change direction from board to board, and did the face stay as it was?',
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
    why: 'Real skin is not one colour: PicassoIA\'s article lists the pinks, reds, blue-greys and warm highlights a face carries, and located marks give it a history.',
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
    why: 'Material detail is not automatic: naming the formwork texture, the tie holes and the pour lines asks for the marks real concrete carries.',
  },
  {
    id: 'lens.three-planes',
    pillar: 'lens',
    title: 'Out of focus → three planes at known distances',
    before: 'a fruit seller at a market, background out of focus',
    after: [
      { text: 'a fruit seller at her stall in a morning market' },
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
    why: 'Most FLUX set-ups have no negative prompt; naming people, even to exclude them, draws attention to them. BFL\'s advice is to describe what is there instead.',
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
