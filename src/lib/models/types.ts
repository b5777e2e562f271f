/** The FLUX models' types, written once; ./schema checks the catalogue against them at build time. */

export type TextEncoder = 't5' | 'qwen3' | 'mistral' | 'none' | 'unpublished';

/** A figure and where it comes from; `null` where no source gives one. */
export interface SourcedNumber {
  value: number | null;
  source: string;
}

/**
 * How a model is steered by its guidance value: `distilled` (the value is fed to the model as an
 * input, one pass per step, no negative), `real-cfg` (classifier-free guidance: a second pass
 * against a negative or empty prompt), `none` (the model takes no guidance at all).
 */
export type GuidanceKind = 'distilled' | 'real-cfg' | 'none';

/** What one front end does with a model's prompt, with a public source for each answer. */
export interface FrontEndFacts {
  /** Prompt tokens read before the rest is cut; null where that front end does not cut (or no source says). */
  tokenLimit: number | null;
  /** What happens past tokenLimit: cut with a logged warning, cut silently, or nothing is cut. */
  truncation: 'warning' | 'silent' | 'none';
  /** `literal`: the brackets and numbers are read as words; `parsed`: the front end scales those words' embeddings. */
  weights: 'literal' | 'parsed';
  negativePrompt: boolean;
  /** One sentence a reader can act on, about negatives (shown where the negative field is hidden or ignored). */
  note: string;
  /** Null where the front end picks it and publishes nothing (BFL's hosted models). */
  guidance: GuidanceKind | null;
  /** The front end's own defaults: the official graph's in ComfyUI, the pipeline's in diffusers, the endpoint's on the API. */
  defaultSteps: number | null;
  defaultGuidance: number | null;
  sources: { length: string; weights: string; negative: string; defaults: string };
}

export interface FluxModel {
  id: string;
  name: string;
  family: 'FLUX.1' | 'FLUX.2';
  /** Open weights you can run yourself, or only through BFL's API. */
  access: 'open-weights' | 'api';
  encoder: { kind: TextEncoder; description: string; source: string };
  /** Prompt tokens the encoder reads before it silently truncates. */
  tokenLimit: SourcedNumber;
  defaultSteps: SourcedNumber;
  /** Guidance scale; `null` where the model ignores it or no source gives one. */
  defaultGuidance: SourcedNumber;
  /** True where at least one front end honours a negative prompt for this model (see frontEnds for which). */
  acceptsNegativePrompt: { value: boolean; note: string; source: string };
  /** The diffusers pipeline class, where the reference names one. */
  diffusersPipeline: string | null;
  /** Per front end: what happens to length, weights and negatives (null where the model does not run there). */
  frontEnds: { diffusers: FrontEndFacts | null; comfyui: FrontEndFacts | null; bflApi: FrontEndFacts | null };
}

export interface ModelLicence {
  name: string;
  commercial: boolean;
  url: string;
  source: string;
  /** True where Hugging Face serves the weights only after you accept the licence and log in. */
  gated: boolean;
}

/** What the model table tells a reader about a model (./about). */
export interface ModelAbout {
  purpose: string;
  licence: ModelLicence;
  notes: string[];
}

/** The three ways the guide shows to run a prompt. */
export type FrontEnd = keyof FluxModel['frontEnds'];
