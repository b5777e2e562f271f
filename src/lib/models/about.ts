import { kleinRepo, modelSources as src, type KleinSize, type ModelId } from './index';
import type { ModelAbout, ModelLicence } from './types';

/**
 * What the model table tells a reader about each model: what it is for, its licence and notes.
 * Kept apart from the model entries because the tools that check prompts load those on every
 * visit and show none of this (the tool pages' JavaScript budget, see docs/performance.md).
 */

const apache = (repo: string): ModelLicence => ({
  name: 'Apache-2.0',
  commercial: true,
  url: `https://huggingface.co/black-forest-labs/${repo}`,
  source: `model card, huggingface.co/black-forest-labs/${repo}`,
  gated: false,
});
/** The non-commercial weights are gated on Hugging Face: accept the licence on the model page, then log in. */
const nonCommercial = (repo: string, name: string, source = `model card, huggingface.co/black-forest-labs/${repo}`): ModelLicence => ({
  name,
  commercial: false,
  url: `https://huggingface.co/black-forest-labs/${repo}`,
  source,
  gated: true,
});
const apiTerms: ModelLicence = {
  name: 'BFL API terms (no weights)',
  commercial: true,
  url: 'https://docs.bfl.ai',
  source: 'https://docs.bfl.ai (the hosted models are used through BFL’s API; no weights are published)',
  gated: false,
};

const kleinLicence = (size: KleinSize, base: boolean) =>
  size === '4b' ? apache(kleinRepo(size, base)) : nonCommercial(kleinRepo(size, base), 'Non-commercial licence (see the model card)');

function kleinAbout(size: KleinSize, base: boolean): ModelAbout {
  return {
    purpose: base
      ? `The undistilled ${size.toUpperCase()} [klein]: more steps and real guidance, and a negative prompt in ComfyUI; the one to fine-tune.`
      : size === '4b'
        ? 'The lighter FLUX.2 model with LoRA support: faster iteration when comparing prompt variations (PicassoIA’s article).'
        : 'FLUX.2 with LoRA adapters for trained styles while keeping its photorealism (PicassoIA’s article).',
    licence: kleinLicence(size, base),
    notes: [
      'No prompt upsampling: what you write is what you get, so be descriptive (' + src.flux2Overview + ').',
      'Up to 4 reference images.',
      ...(base ? [] : [`Also on BFL’s API at /v1/flux-2-klein-${size} (${src.endpoints}).`]),
    ],
  };
}

export const modelAbout: Readonly<Record<ModelId, ModelAbout>> = {
  'flux1-schnell': {
    purpose: 'Fast drafts in four steps.',
    licence: apache('FLUX.1-schnell'),
    notes: ['Guidance is fixed at 0: the model is timestep-distilled.'],
  },
  'flux1-dev': {
    purpose: 'The open FLUX.1 model for quality work and fine-tuning.',
    licence: nonCommercial('FLUX.1-dev', 'FLUX.1 [dev] Non-Commercial License'),
    notes: [],
  },
  'flux1-krea-dev': {
    purpose: 'Made by Krea with BFL to avoid the “AI look” (blurry backgrounds, waxy skin), in Krea’s words; loads wherever FLUX.1 [dev] does.',
    licence: nonCommercial('FLUX.1-Krea-dev', 'FLUX.1 [dev] Non-Commercial License', `${src.fluxText}; model card, huggingface.co/black-forest-labs/FLUX.1-Krea-dev`),
    notes: ['Loads like FLUX.1 [dev]: the same text encoders, VAE and graph; only the diffusion model file differs.'],
  },
  'flux1-pro': {
    purpose: "BFL's hosted FLUX.1 model.",
    licence: apiTerms,
    notes: ['For BFL’s hosted models, use FLUX.2 [pro] (or FLUX1.1 [pro] Ultra for FLUX.1): both have an endpoint this guide writes requests for.'],
  },
  'flux1.1-pro-ultra': {
    purpose: 'High-resolution images up to 4 megapixels; raw mode for a less synthetic look.',
    licence: apiTerms,
    notes: ['`raw: true` gives a less synthetic, more natural look (source: ' + src.ultraRaw + ').', 'The endpoint takes an aspect ratio, not a width and height.'],
  },
  'flux1-redux-dev': {
    purpose: "Variations of a reference image that keep its lighting and materials, as PicassoIA’s article uses it.",
    licence: nonCommercial('FLUX.1-Redux-dev', 'FLUX.1 [dev] Non-Commercial License'),
    notes: [
      'Named in PicassoIA’s article for image variations from one creative direction.',
      'An adapter for FLUX.1 [dev] and [schnell]: it turns a reference image into tokens that are joined to the text prompt, so your words still count.',
      'It needs a reference image, so the builder writes no run files for it.',
    ],
  },
  'flux2-pro': {
    purpose: "BFL's hosted FLUX.2 model.",
    licence: apiTerms,
    notes: [],
  },
  'flux2-flex': {
    purpose: 'Adjustable steps and guidance; the FLUX.2 choice for typography.',
    licence: apiTerms,
    notes: ['Steps 1–50 and guidance 1.5–10 are adjustable; BFL’s skills repository suggests 50 steps and guidance 7 for typography.', 'Takes up to 8 reference images through the API.'],
  },
  'flux2-dev': {
    purpose: 'The open FLUX.2 model.',
    licence: nonCommercial('FLUX.2-dev', 'Non-commercial licence (see the model card)'),
    notes: ['6 reference images recommended.', 'Not offered on BFL’s API.', 'Guidance-distilled: the guidance value is fed to the model, with no negative prompt.', '28 steps "can be a good trade-off" against the 50 of BFL’s diffusers notes (black-forest-labs/flux2, docs/flux2_dev_hf.md).'],
  },
  'flux2-klein-4b': kleinAbout('4b', false),
  'flux2-klein-9b': kleinAbout('9b', false),
  'flux2-klein-base-4b': kleinAbout('4b', true),
  'flux2-klein-base-9b': kleinAbout('9b', true),
};
