/** The FLUX models' types, written once; ./schema checks the catalogue against them at build time. */

export type TextEncoder = 't5' | 'qwen3' | 'mistral' | 'none' | 'unpublished';

/** A figure and where it comes from; `null` where no source gives one. */
export interface SourcedNumber {
  value: number | null;
  source: string;
}

/** What one front end does with the prompt's length, `(word:1.2)` weights and a negative prompt. */
export interface FrontEndFacts {
  /** Prompt tokens read before the rest is cut; null where that front end does not cut (or no source says). */
  tokenLimit: number | null;
  /** `literal`: the brackets and numbers are read as words; `parsed`: the front end scales those words' embeddings. */
  weights: 'literal' | 'parsed';
  negativePrompt: boolean;
  /** One sentence a reader can act on, about negatives (shown where the negative field is hidden or ignored). */
  note: string;
  source: string;
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
}

/** What the model table tells a reader about a model (./about). */
export interface ModelAbout {
  purpose: string;
  licence: ModelLicence;
  notes: string[];
}

/** The three ways the guide shows to run a prompt. */
export type FrontEnd = keyof FluxModel['frontEnds'];
