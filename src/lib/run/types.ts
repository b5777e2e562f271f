/** How to run a model from a text prompt (./facts); ./schema checks the facts against these types at build time. */

/** A file a ComfyUI workflow loads, the folder under ComfyUI/models/ it goes in, and where to download it. */
export interface ComfyFile {
  file: string;
  folder: 'diffusion_models' | 'text_encoders' | 'vae';
  /** False where only community graphs name the file (no official template or example does). */
  official: boolean;
  /** The file itself where a public page names its path, else the repository page that holds it. */
  url: string;
  /** True where Hugging Face serves it only after you accept the licence and log in. */
  gated: boolean;
}

/** The smaller files a ComfyUI workflow loads on a card too small for the full-size diffusion model. */
export interface ComfyLowMemory {
  /** Below this much GPU memory (GB) the smaller files are used. */
  belowGb: number;
  /** An fp8 file in place of the full one; or, with `weightDtype`, the same file loaded as fp8. */
  diffusionModel: ComfyFile | null;
  weightDtype: 'default' | 'fp8_e4m3fn';
  textEncoders: readonly ComfyFile[] | null;
  source: string;
}

/** What a diffusers run needs in GPU memory (GB, bfloat16 weights), from the parts' parameter counts. */
export interface DiffusersMemory {
  /** Every part on the card at once. */
  wholeGb: number;
  /** The largest part: what `enable_model_cpu_offload()` needs on the card. */
  largestPartGb: number;
  /** A published 4-bit repository, its GPU memory with model offload, and what says so. */
  fourBit: { repo: string; gb: number; source: string } | null;
  source: string;
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
    lowMemory: ComfyLowMemory | null;
    source: string;
  } | null;
  diffusers: {
    pipeline: string;
    repo: string;
    maxSequenceLength: number;
    /** How a negative prompt reaches this pipeline: FluxPipeline's `negative_prompt` + `true_cfg_scale`, or not at all. */
    negative: 'true-cfg' | 'none';
    memory: DiffusersMemory;
    source: string;
  } | null;
  bflApi: {
    endpoint: string;
    /** Ultra takes an aspect ratio; the FLUX.2 endpoints take width and height. */
    size: 'width-height' | 'aspect-ratio';
    /** The longest side the endpoint takes, where that is less than SIZE_MAX; null where only the 4 MP total applies. */
    maxSide: number | null;
    /** Body fields beyond prompt, size and seed that this endpoint documents and the export sends. */
    extra: readonly ('raw' | 'steps' | 'guidance' | 'prompt_upsampling')[];
    source: string;
  } | null;
}
