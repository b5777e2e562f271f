import { finiteNumber, isRecord, parseExactJson, wholeNumberText, type JsonValue } from './json';
import { MAX_GRAPH_NODES, MAX_PROMPT_CHARS, MAX_SAMPLERS } from './limits';
import type { LoraUse, ReadRun } from './types';

/**
 * Reading a ComfyUI API graph (the `prompt` text a ComfyUI picture carries) from the sampler
 * that made the picture. Node and input names are ComfyUI's own: nodes.py (KSampler,
 * KSamplerAdvanced, CLIPTextEncode, EmptyLatentImage, UNETLoader, CheckpointLoaderSimple,
 * LoraLoader, LoraLoaderModelOnly, LoadImage), comfy_extras/nodes_custom_sampler.py
 * (SamplerCustom, SamplerCustomAdvanced, RandomNoise, BasicScheduler, KSamplerSelect,
 * BasicGuider, CFGGuider), comfy_extras/nodes_flux.py (CLIPTextEncodeFlux, FluxGuidance,
 * Flux2Scheduler, EmptyFlux2LatentImage), comfy_extras/nodes_sd3.py (EmptySD3LatentImage).
 *
 * In an API graph an input is either a literal or a link `[nodeId, outputIndex]` to the node
 * that feeds it. The walk follows links upstream, never visits a node twice, and stops at
 * MAX_GRAPH_NODES, so a graph that loops or sprawls cannot hang the page.
 */

interface GraphNode {
  class_type: string;
  inputs: Record<string, JsonValue>;
}
type Graph = Map<string, GraphNode>;

export type GraphRead =
  | { ok: true; runs: ReadRun[]; notes: string[]; loops: boolean }
  | { ok: false; reason: 'malformed' | 'too-deep' | 'too-large' | 'not-a-graph' | 'no-sampler' };

const SAMPLERS = new Set(['KSampler', 'KSamplerAdvanced', 'SamplerCustom', 'SamplerCustomAdvanced']);
const SAVERS = /^(SaveImage|PreviewImage|SaveAnimatedWEBP|SaveAnimatedPNG|SaveWEBM|SaveVideo|Image Save|SaveImageWebsocket)/;
const LATENT_SOURCES = new Set(['EmptyLatentImage', 'EmptySD3LatentImage', 'EmptyFlux2LatentImage', 'EmptyHunyuanLatentVideo']);
const MODEL_LOADERS: Record<string, string> = {
  UNETLoader: 'unet_name',
  UnetLoaderGGUF: 'unet_name',
  CheckpointLoaderSimple: 'ckpt_name',
  CheckpointLoader: 'ckpt_name',
  'CheckpointLoader|pysssss': 'ckpt_name',
};

export function readComfyGraph(text: string): GraphRead {
  const parsed = parseExactJson(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const graph = toGraph(parsed.value);
  if (typeof graph === 'string') return { ok: false, reason: graph };
  const samplers = [...graph.entries()].filter(([, node]) => SAMPLERS.has(node.class_type)).map(([id]) => id);
  if (samplers.length === 0) return { ok: false, reason: 'no-sampler' };

  const loops = hasLoop(graph);
  // The samplers whose output reaches a saved image; without a save node, every sampler.
  const savers = [...graph.entries()].filter(([, node]) => SAVERS.test(node.class_type)).map(([id]) => id);
  let candidates = samplers;
  if (savers.length > 0) {
    // One walk from all the save nodes at once, and one per sampler that reaches them (at most
    // MAX_WALKED): a graph crafted with thousands of samplers costs a bounded number of walks.
    const feeding = upstreamOfAll(graph, savers.slice(0, MAX_WALKED));
    const reaching = samplers.filter((id) => feeding.has(id)).slice(0, MAX_WALKED);
    const above = new Map(reaching.map((id) => [id, upstream(graph, id, () => true)]));
    // A sampler that feeds another sampler (a second pass, a reference) did not make the picture itself.
    const final = reaching.filter((id) => !reaching.some((other) => other !== id && above.get(other)!.has(id)));
    if (final.length > 0) candidates = final;
  }
  candidates = candidates.slice(0, MAX_SAMPLERS);
  const runs = candidates.map((id) => ({ ...readSampler(graph, id), ...(candidates.length > 1 ? { label: `sampler ${id}` } : {}) }));
  const notes: string[] = [];
  if (candidates.length > 1) {
    notes.push(
      `This graph has ${candidates.length} samplers whose pictures reach a saved output (nodes ${candidates.join(', ')}), and the file does not say which one this picture is, or whether it joins them: each is listed, and a comparison uses the first.`,
    );
  }
  return { ok: true, runs, notes, loops };
}

function toGraph(value: JsonValue): Graph | 'not-a-graph' | 'too-large' {
  if (!isRecord(value)) return 'not-a-graph';
  const entries = Object.entries(value);
  if (entries.length > MAX_GRAPH_NODES) return 'too-large';
  const graph: Graph = new Map();
  for (const [id, node] of entries) {
    if (!isRecord(node) || typeof node.class_type !== 'string') continue;
    graph.set(id, { class_type: node.class_type, inputs: isRecord(node.inputs) ? node.inputs : {} });
  }
  return graph.size > 0 ? graph : 'not-a-graph';
}

/** The node id an input links to, or undefined for a literal. */
function linkOf(value: JsonValue | undefined): string | undefined {
  if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && typeof value[1] === 'number') {
    return String(value[0]);
  }
  return undefined;
}

/** An input's value: the literal, or (one hop) the value of the primitive node it links to. */
function literal(graph: Graph, value: JsonValue | undefined): JsonValue | undefined {
  const link = linkOf(value);
  if (link === undefined) return value;
  const node = graph.get(link);
  if (!node) return undefined;
  for (const key of ['value', 'text', 'string', 'int', 'float', 'seed', 'noise_seed']) {
    if (key in node.inputs && linkOf(node.inputs[key]) === undefined) return node.inputs[key];
  }
  return undefined;
}

/** Samplers and save nodes whose neighbourhoods are walked, at most. */
const MAX_WALKED = 64;

function upstreamOfAll(graph: Graph, starts: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const start of starts) for (const id of upstream(graph, start, () => true, all)) all.add(id);
  return all;
}

/**
 * Every node upstream of `start` (itself excluded) reached through inputs `follow` allows.
 * Nodes in `known` are not walked again (their own upstream is known already).
 */
function upstream(graph: Graph, start: string, follow: (input: string, node: GraphNode) => boolean, known?: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let head = 0; head < queue.length && seen.size < MAX_GRAPH_NODES; head += 1) {
    const node = graph.get(queue[head]!);
    if (!node) continue;
    for (const [input, value] of Object.entries(node.inputs)) {
      const link = linkOf(value);
      if (link !== undefined && !seen.has(link) && link !== start && follow(input, node)) {
        seen.add(link);
        if (!known?.has(link)) queue.push(link);
      }
    }
  }
  return seen;
}

/** True when following links upstream from some node leads back to it (ComfyUI itself refuses such a graph). */
function hasLoop(graph: Graph): boolean {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    // Iterative depth-first search: a deep chain cannot overflow the stack.
    const stack: { id: string; links: string[] }[] = [{ id: start, links: linksOf(graph, start) }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = top.links.pop();
      if (next === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      if (!graph.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'open') return true;
      if (seen === undefined) {
        state.set(next, 'open');
        stack.push({ id: next, links: linksOf(graph, next) });
      }
    }
  }
  return false;
}

function linksOf(graph: Graph, id: string): string[] {
  return Object.values(graph.get(id)?.inputs ?? {}).flatMap((value) => {
    const link = linkOf(value);
    return link === undefined ? [] : [link];
  });
}

function readSampler(graph: Graph, id: string): ReadRun {
  const sampler = graph.get(id)!;
  const inputs = sampler.inputs;
  const run: ReadRun = {};
  const node = (value: JsonValue | undefined) => {
    const link = linkOf(value);
    return link === undefined ? undefined : graph.get(link);
  };

  // Seed: KSampler.seed, KSamplerAdvanced/SamplerCustom.noise_seed, or RandomNoise.noise_seed behind `noise`.
  const noise = node(inputs.noise);
  run.seed = wholeNumberText(literal(graph, inputs.seed ?? inputs.noise_seed ?? noise?.inputs.noise_seed));

  // Guider (SamplerCustomAdvanced): BasicGuider {model, conditioning}, CFGGuider {model, positive,
  // negative, cfg}, DualCFGGuider {model, cond1, cond2, negative, cfg_conds}.
  const guider = node(inputs.guider);
  const modelLink = inputs.model ?? guider?.inputs.model;
  const positive = inputs.positive ?? guider?.inputs.positive ?? guider?.inputs.conditioning ?? guider?.inputs.cond1;
  const negative = inputs.negative ?? guider?.inputs.negative;
  run.cfg = finiteNumber(literal(graph, inputs.cfg ?? guider?.inputs.cfg ?? guider?.inputs.cfg_conds));

  // Sampler and schedule: KSampler's own inputs, or KSamplerSelect and the sigmas node.
  const samplerSelect = node(inputs.sampler);
  const sigmas = node(inputs.sigmas);
  run.sampler = text(literal(graph, inputs.sampler_name ?? samplerSelect?.inputs.sampler_name));
  run.scheduler = text(literal(graph, inputs.scheduler ?? sigmas?.inputs.scheduler));
  run.steps = whole(literal(graph, inputs.steps ?? sigmas?.inputs.steps));
  run.denoise = finiteNumber(literal(graph, inputs.denoise ?? sigmas?.inputs.denoise));

  const positiveRead = readConditioning(graph, positive);
  run.prompt = positiveRead.text;
  run.guidance = positiveRead.guidance;
  const negativeRead = readConditioning(graph, negative);
  if (negativeRead.text) run.negativePrompt = negativeRead.text;

  // Size: the empty-latent node behind latent_image (directly or through a latent op).
  const latentStart = linkOf(inputs.latent_image);
  if (latentStart !== undefined) {
    const latentIds = [latentStart, ...upstream(graph, latentStart, () => true)];
    const empty = latentIds.map((lid) => graph.get(lid)).find((n) => n && LATENT_SOURCES.has(n.class_type));
    if (empty) {
      run.width = whole(literal(graph, empty.inputs.width));
      run.height = whole(literal(graph, empty.inputs.height));
    }
  }
  if (run.width === undefined && sigmas?.class_type === 'Flux2Scheduler') {
    run.width = whole(literal(graph, sigmas.inputs.width));
    run.height = whole(literal(graph, sigmas.inputs.height));
  }

  // Model: follow `model` links through LoRA loaders and patches to the loader.
  const loras: LoraUse[] = [];
  let current = linkOf(modelLink);
  const visited = new Set<string>();
  while (current !== undefined && !visited.has(current) && visited.size < MAX_GRAPH_NODES) {
    visited.add(current);
    const step = graph.get(current);
    if (!step) break;
    const loaderInput = MODEL_LOADERS[step.class_type];
    if (loaderInput) {
      run.model = text(literal(graph, step.inputs[loaderInput]));
      break;
    }
    if (/^LoraLoader/.test(step.class_type)) {
      const name = text(literal(graph, step.inputs.lora_name));
      if (name) loras.push({ name, ...optional('strength', finiteNumber(literal(graph, step.inputs.strength_model))) });
    }
    current = linkOf(step.inputs.model);
  }
  if (loras.length > 0) run.loras = loras.reverse();

  // Reference and input images: every LoadImage upstream of the sampler.
  const references = [...upstream(graph, id, () => true)]
    .map((nid) => graph.get(nid))
    .filter((n): n is GraphNode => n?.class_type === 'LoadImage')
    .flatMap((n) => {
      const name = text(literal(graph, n.inputs.image));
      return name ? [name] : [];
    });
  if (references.length > 0) run.references = references;

  return dropUndefined(run);
}

/** The text encoders and FluxGuidance behind a conditioning input. */
function readConditioning(graph: Graph, start: JsonValue | undefined): { text?: string; guidance?: number } {
  const first = linkOf(start);
  if (first === undefined) return {};
  const texts: string[] = [];
  let guidance: number | undefined;
  for (const nid of conditioningSources(graph, first, outputOf(start))) {
    const n = graph.get(nid)!;
    if (n.class_type === 'FluxGuidance' && guidance === undefined) guidance = finiteNumber(literal(graph, n.inputs.guidance));
    if (n.class_type === 'CLIPTextEncodeFlux') {
      if (guidance === undefined) guidance = finiteNumber(literal(graph, n.inputs.guidance));
      const own = text(literal(graph, n.inputs.t5xxl)) ?? text(literal(graph, n.inputs.clip_l));
      if (own) texts.push(own);
    } else if (/TextEncode/.test(n.class_type)) {
      // Other encoders name their text input after the encoder (CLIPTextEncodeSD3's t5xxl,
      // CLIPTextEncodeHiDream's llama, TextEncodeQwenImageEditPlus's prompt): the first one with text.
      const own = TEXT_INPUTS.map((input) => text(literal(graph, n.inputs[input]))).find((value) => value !== undefined);
      if (own) texts.push(own);
    }
  }
  const joined = texts.join('\n').slice(0, MAX_PROMPT_CHARS);
  return dropUndefined({ text: joined || undefined, guidance });
}

/** The output index a link reads (0 for a literal). */
function outputOf(value: JsonValue | undefined): number {
  return Array.isArray(value) && typeof value[1] === 'number' ? value[1] : 0;
}

/**
 * The nodes a conditioning flows through, nearest first. Nodes that take both a positive and a
 * negative (InpaintModelConditioning, ControlNetApplyAdvanced, InstructPixToPixConditioning)
 * output the positive first and the negative second, so the walk follows the side the link
 * reads. ConditioningZeroOut empties what it is given (FLUX graphs use it for the negative):
 * nothing behind it counts. Images and latents are not followed (./readSampler collects
 * reference images separately).
 */
function conditioningSources(graph: Graph, first: string, firstOutput: number): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue: [string, number][] = [[first, firstOutput]];
  for (let head = 0; head < queue.length && seen.size < MAX_GRAPH_NODES; head += 1) {
    const [id, output] = queue[head]!;
    const node = graph.get(id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    if (node.class_type === 'ConditioningZeroOut') continue;
    const paired = 'positive' in node.inputs && 'negative' in node.inputs;
    for (const [input, value] of Object.entries(node.inputs)) {
      const link = linkOf(value);
      if (link === undefined) continue;
      const follows = paired
        ? (input === 'positive' && output === 0) || (input === 'negative' && output === 1)
        : /conditioning|positive|^cond/.test(input);
      if (follows) queue.push([link, outputOf(value)]);
    }
  }
  return order;
}

const TEXT_INPUTS = ['text', 'prompt', 't5xxl', 'llama', 'clip_l', 'clip_g'];

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function whole(value: JsonValue | undefined): number | undefined {
  const n = finiteNumber(value);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
