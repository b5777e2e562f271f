import { getModel, models, type FluxModel, type FrontEnd, type ModelId } from '../models';
import { runFactsByModel } from './facts';
import type { RunFacts } from './types';
import { NEGATIVE_MAX } from '../limits';

/**
 * One set of run settings, shared by every export (ComfyUI, diffusers, BFL's API). The prompt
 * and the model come from the builder; the rest is what a front end needs to make one image.
 */
export type RunSettings = {
  prompt: string;
  model: ModelId;
  width: number;
  height: number;
  seed: number;
  steps?: number;
  guidance?: number;
  negativePrompt?: string;
  /** GPU memory in GB on the reader's card; 0 for a computer without an NVIDIA card (a Mac, or the CPU). Left out: 24. */
  gpuMemoryGb?: number;
  /** Ask BFL to rewrite the prompt before it runs (only where the endpoint documents it); left out: false. */
  promptUpsampling?: boolean;
};

/** An export's text, or why there is none (a sentence the reader can act on). */
export type ExportResult = { ok: true; text: string } | { ok: false; reason: string };

/** The run settings the builder keeps beside its prompt and model (and carries in the share link). */
export type RunOptions = Omit<RunSettings, 'prompt' | 'model'>;

/** BFL's API sizes: sides in multiples of 16, at least 64 pixels, at most 4 megapixels in all. */
export const SIZE_STEP = 16;
export const SIZE_MIN = 64;
/** 4 megapixels (2048 × 2048). */
export const MAX_PIXELS = 2048 * 2048;
/** The widest side the size fields offer: 4 MP at the most elongated ratio anyone runs. */
export const SIZE_MAX = 4096;
/** Seeds are whole numbers from 0 to 2³² − 1: every front end takes them (ComfyUI and torch take larger ones too). */
export const SEED_MAX = 4_294_967_295;
/** The card the exports plan for when the reader has not said: 24 GB, the largest consumer cards. */
export const GPU_MEMORY_DEFAULT = 24;
/** The most GPU memory a setting may claim (GB); more than any single card sold. */
export const GPU_MEMORY_MAX = 512;
/** The cards the GPU memory field offers, in GB; 0 is a computer without an NVIDIA card. */
export const gpuMemoryChoices = [0, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 80, 96, 141] as const;

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** Aspect-ratio presets around 1 megapixel, each side a multiple of 16 and the ratio exact. */
export const sizePresets = [
  { id: '1:1', label: 'Square 1:1', width: 1024, height: 1024 },
  { id: '4:5', label: 'Portrait 4:5', width: 896, height: 1120 },
  { id: '3:4', label: 'Portrait 3:4', width: 864, height: 1152 },
  { id: '2:3', label: 'Portrait 2:3', width: 832, height: 1248 },
  { id: '9:16', label: 'Tall 9:16', width: 720, height: 1280 },
  { id: '5:4', label: 'Landscape 5:4', width: 1120, height: 896 },
  { id: '4:3', label: 'Landscape 4:3', width: 1152, height: 864 },
  { id: '3:2', label: 'Landscape 3:2', width: 1248, height: 832 },
  { id: '16:9', label: 'Wide 16:9', width: 1280, height: 720 },
] as const;
export type SizePreset = (typeof sizePresets)[number];

/** The preset a size matches, if any. */
export function presetFor(width: number, height: number): SizePreset | undefined {
  return sizePresets.find((p) => p.width === width && p.height === height);
}

/** A fresh random seed; pass the browser's crypto-backed source where there is one. */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (SEED_MAX + 1)) % (SEED_MAX + 1);
}

/** The models a text prompt can run on, with how (Redux takes an image; FLUX.1 [pro] has no endpoint this guide writes for). */
export const runnableModels = models.filter((m) => runFactsByModel[m.id] !== null);

export function runFacts(model: ModelId): RunFacts | null {
  return runFactsByModel[model];
}

/**
 * The size a picture's shape starts at: a full-frame camera's 2:3 held upright for a portrait,
 * 3:2 held level for a landscape, about one megapixel either way; square when no shape is given.
 */
export function sizeForShape(shape?: 'portrait' | 'landscape'): { width: number; height: number } {
  const id = shape === 'portrait' ? '2:3' : shape === 'landscape' ? '3:2' : '1:1';
  const { width, height } = sizePresets.find((p) => p.id === id)!;
  return { width, height };
}

/**
 * The settings a model starts from: 1 megapixel (square unless a shape is given), seed 0, and no
 * steps or guidance, so each export writes its own front end's default (the official ComfyUI
 * graph's, the pipeline's).
 */
export function defaultRunOptions(_model: ModelId, seed = 0, shape?: 'portrait' | 'landscape'): RunOptions {
  return { ...sizeForShape(shape), seed };
}

/** True for a GPU memory setting the exports can plan for: a whole number of GB from 0 to GPU_MEMORY_MAX. */
export function validGpuMemory(value: unknown): value is number {
  return isWhole(value) && value >= 0 && value <= GPU_MEMORY_MAX;
}

/**
 * Run options fitted to a model: size and seed stay where they are valid; steps and guidance
 * stay only where the model lets the reader choose them and they are in its range (else its
 * recommended values); a negative prompt stays only where a front end honours it. Used when the
 * reader switches model and when a share link or saved prompt brings options from outside.
 */
export function fitRunOptions(model: ModelId, options: Partial<RunOptions> = {}): RunOptions {
  const facts = runFacts(model);
  const seed = isWhole(options.seed) && options.seed >= 0 && options.seed <= SEED_MAX ? options.seed : 0;
  const fitted = defaultRunOptions(model, seed);
  const side = (value: unknown) => isWhole(value) && value >= SIZE_MIN && value <= SIZE_MAX && value % SIZE_STEP === 0;
  if (side(options.width) && side(options.height) && options.width! * options.height! <= MAX_PIXELS) {
    fitted.width = options.width!;
    fitted.height = options.height!;
  }
  for (const key of ['steps', 'guidance'] as const) {
    const range = facts?.[key];
    const value = options[key];
    if (!range || range.fixed || typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value >= range.min && value <= range.max && (key === 'guidance' || Number.isInteger(value))) fitted[key] = value;
  }
  if (typeof options.negativePrompt === 'string' && options.negativePrompt.trim() && honoursNegative(model)) {
    fitted.negativePrompt = options.negativePrompt.slice(0, NEGATIVE_MAX);
  }
  if (validGpuMemory(options.gpuMemoryGb)) fitted.gpuMemoryGb = options.gpuMemoryGb;
  if (typeof options.promptUpsampling === 'boolean' && facts?.bflApi?.extra.includes('prompt_upsampling')) fitted.promptUpsampling = options.promptUpsampling;
  return fitted;
}

/** True when two sets of run options say the same thing (key order aside). */
export function sameRunOptions(a: Partial<RunOptions>, b: Partial<RunOptions>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RunOptions>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** True where at least one of the model's front ends does something with a negative prompt. */
export function honoursNegative(model: ModelId): boolean {
  const { frontEnds } = getModel(model);
  return Object.values(frontEnds).some((facts) => facts?.negativePrompt === true);
}

/** One sentence on why the negative prompt field is hidden for a model: the model's own summary, for every front end. */
export function negativeReason(model: FluxModel): string {
  return model.acceptsNegativePrompt.note;
}

export interface RunProblem {
  field: 'prompt' | 'model' | 'width' | 'height' | 'seed' | 'steps' | 'guidance' | 'negativePrompt' | 'gpuMemoryGb';
  message: string;
}

const formatPixels = (n: number) => `${(n / 1_000_000).toFixed(1)} megapixels`;

/** Every problem with a set of run settings, each a sentence the reader can act on. */
export function runProblems(run: RunSettings): RunProblem[] {
  const problems: RunProblem[] = [];
  let model: FluxModel;
  try {
    model = getModel(run.model);
  } catch {
    return [{ field: 'model', message: `“${String(run.model)}” is not a model this guide knows.` }];
  }
  const facts = runFacts(run.model);
  if (!facts) {
    problems.push({
      field: 'model',
      message:
        model.encoder.kind === 'none'
          ? `${model.name} starts from an image, not a prompt, so there is nothing to run from these settings.`
          : `${model.name} is not one of the endpoints this guide writes requests for: pick FLUX.2 [pro], BFL’s current hosted model, or FLUX1.1 [pro] Ultra.`,
    });
  }
  if (typeof run.prompt !== 'string' || !run.prompt.trim()) problems.push({ field: 'prompt', message: 'The prompt is empty: add something to it first.' });
  for (const side of ['width', 'height'] as const) {
    const value = run[side];
    if (!isWhole(value) || value < SIZE_MIN || value > SIZE_MAX) {
      problems.push({ field: side, message: `The ${side} must be a whole number of pixels from ${SIZE_MIN} to ${SIZE_MAX}.` });
    } else if (value % SIZE_STEP !== 0) {
      const lower = value - (value % SIZE_STEP);
      problems.push({ field: side, message: `The ${side} must be a multiple of ${SIZE_STEP}: ${value} is not (try ${Math.max(SIZE_MIN, lower)} or ${lower + SIZE_STEP}).` });
    }
  }
  if (isWhole(run.width) && isWhole(run.height) && run.width * run.height > MAX_PIXELS) {
    problems.push({ field: 'width', message: `${run.width} × ${run.height} is ${formatPixels(run.width * run.height)}; FLUX runs at most 4 megapixels (2048 × 2048).` });
  }
  if (facts?.bflApi?.size === 'aspect-ratio' && isWhole(run.width) && isWhole(run.height) && run.width > 0 && run.height > 0) {
    const ratio = run.width / run.height;
    if (ratio > 21 / 9 || ratio < 9 / 21) problems.push({ field: 'width', message: `${model.name} takes aspect ratios from 21:9 to 9:21; ${aspectRatio(run.width, run.height)} is outside that.` });
  }
  if (!isWhole(run.seed) || run.seed < 0 || run.seed > SEED_MAX) {
    problems.push({ field: 'seed', message: `The seed must be a whole number from 0 to ${SEED_MAX}.` });
  }
  for (const key of ['steps', 'guidance'] as const) {
    const value = run[key];
    if (value === undefined || !facts) continue;
    const range = facts[key];
    if (!range) {
      problems.push({ field: key, message: `${model.name} takes no ${key} setting: ${facts.fixedReason}` });
    } else if (range.fixed && value !== range.value) {
      problems.push({ field: key, message: `${model.name} runs at ${key} ${range.value}, not ${value}: ${facts.fixedReason}` });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < range.min || value > range.max || (key === 'steps' && !Number.isInteger(value))) {
      problems.push({ field: key, message: `${model.name} takes ${key} from ${range.min} to ${range.max}${key === 'steps' ? ', a whole number' : ''}.` });
    }
  }
  if (run.gpuMemoryGb !== undefined && !validGpuMemory(run.gpuMemoryGb)) {
    problems.push({ field: 'gpuMemoryGb', message: `GPU memory must be a whole number of GB from 0 (no NVIDIA card: a Mac or the CPU) to ${GPU_MEMORY_MAX}.` });
  }
  if (run.negativePrompt !== undefined && run.negativePrompt.trim()) {
    if (!honoursNegative(run.model)) problems.push({ field: 'negativePrompt', message: `${model.name} ignores a negative prompt everywhere it runs: ${negativeReason(model)}` });
    else if (run.negativePrompt.length > NEGATIVE_MAX) problems.push({ field: 'negativePrompt', message: `A negative prompt holds at most ${NEGATIVE_MAX} characters.` });
  }
  return problems;
}

/** The problems with a set of run settings, each a clear sentence; an empty list means every export can be written. */
export function checkRunSettings(run: RunSettings): string[] {
  return runProblems(run).map((p) => p.message);
}

/**
 * Steps and guidance as an export for `front` writes them: fixed where the model is distilled to
 * one value, the reader's where they set one, else that front end's own default (the model
 * catalogue's: the official ComfyUI graph's, the diffusers pipeline's, the endpoint's).
 */
export function resolvedSteps(run: RunSettings, facts: RunFacts, front: FrontEnd): number | null {
  if (!facts.steps) return null;
  if (facts.steps.fixed) return facts.steps.value;
  return run.steps ?? getModel(run.model).frontEnds[front]?.defaultSteps ?? facts.steps.value;
}
export function resolvedGuidance(run: RunSettings, facts: RunFacts, front: FrontEnd): number | null {
  if (!facts.guidance) return null;
  if (facts.guidance.fixed) return facts.guidance.value;
  return run.guidance ?? getModel(run.model).frontEnds[front]?.defaultGuidance ?? facts.guidance.value;
}

/** Each front end's default steps and guidance for a model, as a reader reads them ("ComfyUI 20, diffusers 28"). */
export function frontEndDefaults(model: ModelId, key: 'steps' | 'guidance'): { front: FrontEnd; value: number }[] {
  const { frontEnds } = getModel(model);
  return (Object.keys(frontEnds) as FrontEnd[]).flatMap((front) => {
    const value = key === 'steps' ? frontEnds[front]?.defaultSteps : frontEnds[front]?.defaultGuidance;
    return value == null ? [] : [{ front, value }];
  });
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
/** "16:9" from 1280 × 720. */
export function aspectRatio(width: number, height: number): string {
  const d = gcd(width, height) || 1;
  return `${width / d}:${height / d}`;
}

/** The file name an export downloads as. */
export function exportFileName(run: Pick<RunSettings, 'model' | 'seed'>, kind: 'comfyui' | 'diffusers' | 'curl' | 'python' | 'javascript'): string {
  const ext = { comfyui: 'json', diffusers: 'py', curl: 'sh', python: 'py', javascript: 'mjs' }[kind];
  const what = { comfyui: 'comfyui', diffusers: 'diffusers', curl: 'bfl-api', python: 'bfl-api', javascript: 'bfl-api' }[kind];
  return `${run.model}-${what}-${run.seed}.${ext}`;
}

/** The image file the scripts save. */
export function imageFileName(run: Pick<RunSettings, 'model' | 'seed'>, ext: 'png' | 'jpg'): string {
  return `${run.model}-${run.seed}.${ext}`;
}
