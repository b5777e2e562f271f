import type { ComfyFile, DiffusersMemory, RunFacts } from './types';
import { GPU_MEMORY_DEFAULT } from './settings';

/**
 * How a model fits the reader's card. diffusers: everything on the card when it all fits; else
 * `enable_model_cpu_offload()` (each part moves to the card while it runs) when the largest part
 * fits, or a published 4-bit repository with that offload; else `enable_sequential_cpu_offload()`
 * (layer by layer, very slow). No NVIDIA card: Apple silicon's GPU (MPS) or the CPU. Sources: the
 * diffusers memory guide (https://huggingface.co/docs/diffusers/optimization/memory) and
 * black-forest-labs/flux2, docs/flux2_dev_hf.md.
 */

/** Room for the activations at about a megapixel, beyond the weights (GB). */
const ACTIVATIONS_GB = 1;

export type DiffusersPlan =
  | { kind: 'whole'; gb: number }
  | { kind: 'model-offload'; gb: number; ramGb: number }
  | { kind: 'four-bit'; gb: number; repo: string; source: string }
  | { kind: 'sequential-offload'; ramGb: number }
  | { kind: 'no-cuda'; gb: number };

export function diffusersPlan(memory: DiffusersMemory, gpuMemoryGb = GPU_MEMORY_DEFAULT): DiffusersPlan {
  if (gpuMemoryGb === 0) return { kind: 'no-cuda', gb: memory.wholeGb };
  if (gpuMemoryGb >= memory.wholeGb + ACTIVATIONS_GB) return { kind: 'whole', gb: memory.wholeGb };
  if (memory.fourBit && gpuMemoryGb >= memory.fourBit.gb && gpuMemoryGb < memory.largestPartGb + ACTIVATIONS_GB) {
    return { kind: 'four-bit', gb: memory.fourBit.gb, repo: memory.fourBit.repo, source: memory.fourBit.source };
  }
  if (gpuMemoryGb >= memory.largestPartGb + ACTIVATIONS_GB) return { kind: 'model-offload', gb: memory.largestPartGb, ramGb: memory.wholeGb };
  return { kind: 'sequential-offload', ramGb: memory.wholeGb };
}

/** The files a ComfyUI workflow loads on this card, and how it loads the diffusion model. */
export function comfyUiFiles(
  comfy: NonNullable<RunFacts['comfyui']>,
  gpuMemoryGb = GPU_MEMORY_DEFAULT,
): { diffusionModel: ComfyFile; weightDtype: 'default' | 'fp8_e4m3fn'; textEncoders: readonly ComfyFile[]; vae: ComfyFile; lowMemory: boolean } {
  const low = comfy.lowMemory;
  // Without an NVIDIA card ComfyUI runs on Apple silicon or the CPU, where fp8 weights are not the way to save memory.
  if (!low || gpuMemoryGb === 0 || gpuMemoryGb >= low.belowGb) {
    return { diffusionModel: comfy.diffusionModel, weightDtype: 'default', textEncoders: comfy.textEncoders, vae: comfy.vae, lowMemory: false };
  }
  return {
    diffusionModel: low.diffusionModel ?? comfy.diffusionModel,
    weightDtype: low.weightDtype,
    textEncoders: low.textEncoders ?? comfy.textEncoders,
    vae: comfy.vae,
    lowMemory: true,
  };
}
