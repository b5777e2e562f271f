/** What a picture file says about how it was made, as the page reads it. */

export type ImageFormat = 'png' | 'jpeg' | 'webp';

/** The front end whose metadata was found. */
export type MetadataSource = 'comfyui' | 'forge' | 'swarmui' | 'invokeai';

export const sourceLabels: Record<MetadataSource, string> = {
  comfyui: 'ComfyUI',
  forge: 'Forge / AUTOMATIC1111',
  swarmui: 'SwarmUI',
  invokeai: 'InvokeAI',
};

export interface LoraUse {
  name: string;
  /** The strength on the model (ComfyUI's strength_model, Forge's <lora:name:0.8>). */
  strength?: number;
}

/**
 * One image's settings as the file wrote them. Every field is absent where the file does not
 * say. The seed is a string: front ends write seeds past 2⁵³, which a JavaScript number cannot hold.
 */
export interface ReadRun {
  /** Which sampler this is, where a graph has several ("sampler 13"). */
  label?: string;
  prompt?: string;
  negativePrompt?: string;
  seed?: string;
  steps?: number;
  /** FLUX's distilled guidance (ComfyUI's FluxGuidance, Forge's "Distilled CFG Scale"). */
  guidance?: number;
  /** Classifier-free guidance scale (KSampler's cfg, Forge's "CFG scale"). */
  cfg?: number;
  sampler?: string;
  scheduler?: string;
  denoise?: number;
  width?: number;
  height?: number;
  /** The diffusion model or checkpoint file (or the front end's model name). */
  model?: string;
  /** Text encoders, VAE and other modules the front end names. */
  modules?: string[];
  loras?: LoraUse[];
  /** Reference or input images the graph loads into the sampler, by file name. */
  references?: string[];
}

/** What the file carries besides generation settings. */
export interface FileFacts {
  name: string;
  bytes: number;
  format: ImageFormat;
  width?: number;
  height?: number;
  /** A C2PA manifest (content credentials) is embedded. */
  c2pa: boolean;
  /** An XMP packet is embedded. */
  xmp: boolean;
  /** Camera EXIF fields, label → value ("Camera" → "Canon EOS R5"). */
  camera: { label: string; value: string }[];
}

export type ImageReading =
  | {
      ok: true;
      file: FileFacts;
      /** Null when the file carries no generation settings. */
      source: MetadataSource | null;
      /** One entry per sampler (ComfyUI) or one for the other front ends; empty without metadata. */
      runs: ReadRun[];
      /** Something the reader should know about what was read (a sentence), e.g. an unreadable graph. */
      problem?: string;
      /** Notes on what could not be told apart (several samplers). */
      notes: string[];
    }
  | { ok: false; name: string; message: string };
