/** How to run a model from a text prompt (./facts); ./schema checks the facts against these types at build time. */

/** A file a ComfyUI workflow loads, and the folder under ComfyUI/models/ it goes in. */
export interface ComfyFile {
  file: string;
  folder: 'diffusion_models' | 'text_encoders' | 'vae';
  /** False where only community graphs name the file (no official template or example does). */
  official: boolean;
}

export interface RunFacts {
  /** The steps a run starts from and the range the reader may pick; null where BFL picks them on the API. */
  steps: { value: number; min: number; max: number; fixed: boolean } | null;
  guidance: { value: number; min: number; max: number; fixed: boolean } | null;
  /** Why steps or guidance are fixed or absent; empty where both can be changed. */
  fixedReason: string;
  comfyui: {
    /** Which official graph the workflow follows (see ./comfyui.ts). */
    graph: 'flux2-distilled' | 'flux2-cfg' | 'flux2-guidance' | 'flux1';
    diffusionModel: ComfyFile;
    textEncoders: readonly ComfyFile[];
    vae: ComfyFile;
    source: string;
  } | null;
  diffusers: {
    pipeline: string;
    repo: string;
    maxSequenceLength: number;
    /** How a negative prompt reaches this pipeline: FluxPipeline's `negative_prompt` + `true_cfg_scale`, or not at all. */
    negative: 'true-cfg' | 'none';
    source: string;
  } | null;
  bflApi: {
    endpoint: string;
    /** Ultra takes an aspect ratio; the FLUX.2 endpoints take width and height. */
    size: 'width-height' | 'aspect-ratio';
    /** Body fields beyond prompt, size and seed that this endpoint documents and the export sends. */
    extra: readonly ('raw' | 'steps' | 'guidance')[];
    source: string;
  } | null;
}
