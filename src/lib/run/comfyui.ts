import { getModel } from '../models';
import { modelAbout } from '../models/about';
import { comfyUiFiles } from './memory';
import { GPU_MEMORY_DEFAULT, resolvedGuidance, resolvedSteps, runProblems, type ExportResult, type RunSettings, runFacts } from './settings';
import type { ComfyFile } from './types';

/**
 * A ComfyUI workflow in API format (what ComfyUI's UI opens, and what its /prompt endpoint takes
 * wrapped as `{"prompt": …}`): nodes keyed by id, each `{ class_type, inputs }`, a link written
 * `[node id, output index]`. Steps and guidance default to the official graph's (the model
 * catalogue's ComfyUI defaults). The graphs follow the official ones:
 * - flux2-distilled: Comfy-Org/workflow_templates image_flux2_klein_text_to_image.json, [klein] 4B subgraph;
 * - flux2-cfg: the same template's [klein] base subgraph (a second text encode as the negative, real CFG);
 * - flux2-guidance: FLUX.2 [dev] (comfyanonymous/ComfyUI_examples, flux2; FluxGuidance and BasicGuider as community graphs);
 * - flux1: ComfyUI_examples flux (UNETLoader, DualCLIPLoader type flux, FluxGuidance, BasicGuider,
 *   ModelSamplingFlux, BasicScheduler "simple", EmptySD3LatentImage). For [schnell], which takes no
 *   guidance (guidance 0 in src/lib/models), the graph leaves out FluxGuidance and ModelSamplingFlux:
 *   our choice, not read off the example's image, and every node and link is still one of these.
 */

export type ComfyLink = [string, number];
/** `_meta.title` is the node's title in ComfyUI's canvas: the export uses it to say where a default comes from. */
export type ComfyNode = { class_type: string; inputs: Record<string, string | number | ComfyLink>; _meta?: { title: string } };
export type ComfyWorkflow = Record<string, ComfyNode>;

/** The prefix ComfyUI gives the saved image (it adds a counter and .png). */
export const COMFY_FILENAME_PREFIX = 'flux-photoreal';

class GraphBuilder {
  readonly nodes: ComfyWorkflow = {};
  private next = 1;
  add(class_type: string, inputs: ComfyNode['inputs'], title?: string): ComfyLink {
    const id = String(this.next++);
    this.nodes[id] = title ? { class_type, inputs, _meta: { title } } : { class_type, inputs };
    return [id, 0];
  }
}

/** The workflow as an object; null with the reason when the settings cannot make one. */
export function buildComfyUiWorkflow(run: RunSettings): { ok: true; workflow: ComfyWorkflow } | { ok: false; reason: string } {
  const model = getModel(run.model);
  const facts = runFacts(run.model);
  if (!facts?.comfyui) {
    return { ok: false, reason: `${model.name} has no open weights to load in ComfyUI${facts?.bflApi ? ': use the BFL API request instead' : ''}.` };
  }
  const problems = runProblems(run).filter((p) => p.field !== 'negativePrompt');
  if (problems.length) return { ok: false, reason: problems.map((p) => p.message).join(' ') };
  const comfy = facts.comfyui;
  const files = comfyUiFiles(comfy, run.gpuMemoryGb ?? GPU_MEMORY_DEFAULT);
  const steps = resolvedSteps(run, facts, 'comfyui')!;
  const guidance = resolvedGuidance(run, facts, 'comfyui')!;
  const { width, height } = run;
  const front = getModel(run.model).frontEnds.comfyui;
  // The scheduler's title says where the steps and guidance come from, as a comment would in a script.
  const schedulerTitle =
    run.steps === undefined && run.guidance === undefined && front
      ? `Steps ${steps}, guidance ${guidance}: the official graph's (${front.sources.defaults})`
      : `Steps ${steps}, guidance ${guidance}: set in the guide's builder${front ? `; the official graph uses ${front.defaultSteps} and ${front.defaultGuidance ?? 'no guidance'}` : ''}`;
  // A negative prompt this graph cannot use is named on the prompt's node, so the file itself says so.
  const promptTitle = comfyUiNegativeNote(run) ?? undefined;
  const g = new GraphBuilder();

  if (comfy.graph === 'flux1') {
    const unet = g.add('UNETLoader', { unet_name: files.diffusionModel.file, weight_dtype: files.weightDtype });
    const [t5, clipL] = files.textEncoders;
    const clip = g.add('DualCLIPLoader', { clip_name1: t5!.file, clip_name2: clipL!.file, type: 'flux' });
    const vae = g.add('VAELoader', { vae_name: files.vae.file });
    const positive = g.add('CLIPTextEncode', { clip, text: run.prompt }, promptTitle);
    const usesGuidance = guidance > 0;
    const conditioning = usesGuidance ? g.add('FluxGuidance', { conditioning: positive, guidance }) : positive;
    const sampledModel = usesGuidance ? g.add('ModelSamplingFlux', { model: unet, max_shift: 1.15, base_shift: 0.5, width, height }) : unet;
    const guider = g.add('BasicGuider', { model: sampledModel, conditioning });
    const sampler = g.add('KSamplerSelect', { sampler_name: 'euler' });
    const sigmas = g.add('BasicScheduler', { model: sampledModel, scheduler: 'simple', steps, denoise: 1 }, schedulerTitle);
    const latent = g.add('EmptySD3LatentImage', { width, height, batch_size: 1 });
    const noise = g.add('RandomNoise', { noise_seed: run.seed });
    const samples = g.add('SamplerCustomAdvanced', { noise, guider, sampler, sigmas, latent_image: latent });
    const images = g.add('VAEDecode', { samples, vae });
    g.add('SaveImage', { images, filename_prefix: COMFY_FILENAME_PREFIX });
    return { ok: true, workflow: g.nodes };
  }

  const unet = g.add('UNETLoader', { unet_name: files.diffusionModel.file, weight_dtype: files.weightDtype });
  const clip = g.add('CLIPLoader', { clip_name: files.textEncoders[0]!.file, type: 'flux2', device: 'default' });
  const vae = g.add('VAELoader', { vae_name: files.vae.file });
  const positive = g.add('CLIPTextEncode', { clip, text: run.prompt }, promptTitle);
  let guider: ComfyLink;
  if (comfy.graph === 'flux2-guidance') {
    const conditioning = g.add('FluxGuidance', { conditioning: positive, guidance });
    guider = g.add('BasicGuider', { model: unet, conditioning });
  } else {
    const negative =
      comfy.graph === 'flux2-cfg'
        ? g.add('CLIPTextEncode', { clip, text: run.negativePrompt ?? '' })
        : g.add('ConditioningZeroOut', { conditioning: positive });
    guider = g.add('CFGGuider', { model: unet, positive, negative, cfg: guidance });
  }
  const sampler = g.add('KSamplerSelect', { sampler_name: 'euler' });
  const sigmas = g.add('Flux2Scheduler', { steps, width, height }, schedulerTitle);
  const latent = g.add('EmptyFlux2LatentImage', { width, height, batch_size: 1 });
  const noise = g.add('RandomNoise', { noise_seed: run.seed });
  const samples = g.add('SamplerCustomAdvanced', { noise, guider, sampler, sigmas, latent_image: latent });
  const images = g.add('VAEDecode', { samples, vae });
  g.add('SaveImage', { images, filename_prefix: COMFY_FILENAME_PREFIX });
  return { ok: true, workflow: g.nodes };
}

/** The ComfyUI workflow (API format) as JSON text. */
export function toComfyUiWorkflow(run: RunSettings): ExportResult {
  const built = buildComfyUiWorkflow(run);
  return built.ok ? { ok: true, text: `${JSON.stringify(built.workflow, null, 2)}\n` } : built;
}

/** One file of the checklist: where it goes, where to download it, and whether Hugging Face asks for a login first. */
export interface ComfyChecklistItem extends Omit<ComfyFile, 'folder'> {
  folder: string;
}

/** Which file goes in which ComfyUI/models/ folder for a model's workflow on the reader's card, with its download link. */
export function comfyUiChecklist(run: Pick<RunSettings, 'model' | 'gpuMemoryGb'>): ComfyChecklistItem[] {
  const comfy = runFacts(run.model)?.comfyui;
  if (!comfy) return [];
  const files = comfyUiFiles(comfy, run.gpuMemoryGb ?? GPU_MEMORY_DEFAULT);
  return [files.diffusionModel, ...files.textEncoders, files.vae].map((item) => ({ ...item, folder: `ComfyUI/models/${item.folder}/` }));
}

/** Sentences on memory and gated files for the ComfyUI checklist, in the reader's terms. */
export function comfyUiNotes(run: Pick<RunSettings, 'model' | 'gpuMemoryGb'>): string[] {
  const comfy = runFacts(run.model)?.comfyui;
  if (!comfy) return [];
  const gpu = run.gpuMemoryGb ?? GPU_MEMORY_DEFAULT;
  const files = comfyUiFiles(comfy, gpu);
  const notes: string[] = [];
  if (files.lowMemory) {
    notes.push(
      files.weightDtype === 'fp8_e4m3fn'
        ? `For a ${gpu} GB card the workflow loads the diffusion model as fp8 and uses the fp8 text encoder: about half the memory, a little less detail (ComfyUI’s FLUX example).`
        : `For a ${gpu} GB card the workflow loads the fp8 version of the diffusion model: about half the memory, a little less detail.`,
    );
  }
  if (gpu === 0) notes.push('Without an NVIDIA card ComfyUI runs on Apple silicon, or on the CPU when started with --cpu: the same workflow, far slower.');
  const checklist = comfyUiChecklist(run);
  if (checklist.some((item) => item.gated)) {
    const licence = modelAbout[run.model].licence;
    notes.push(`Files marked gated download only after you accept the licence (${licence.name}) on their Hugging Face page while logged in.`);
  }
  return notes;
}

/**
 * The command that queues a saved workflow on a running ComfyUI: POST /prompt takes
 * `{"prompt": <the workflow>}`, not the bare workflow (comfyanonymous/ComfyUI, server.py).
 */
export function comfyUiQueueCommand(fileName: string): string {
  const quoted = `'${fileName.replaceAll("'", `'\\''`)}'`;
  return `jq '{prompt: .}' ${quoted} | curl -sS -X POST http://127.0.0.1:8188/prompt -H 'Content-Type: application/json' --data-binary @-`;
}

/** A sentence on what the ComfyUI workflow does with the negative prompt, or null where it uses it as typed. */
export function comfyUiNegativeNote(run: RunSettings): string | null {
  const model = getModel(run.model);
  if (!run.negativePrompt?.trim()) return null;
  const front = model.frontEnds.comfyui;
  if (!front || front.negativePrompt) return null;
  const elsewhere = model.frontEnds.diffusers?.negativePrompt ? ' The diffusers script uses it, with real CFG (true_cfg_scale), at twice the time.' : '';
  return `Your negative prompt is not in this workflow: ${front.note}${elsewhere}`;
}
