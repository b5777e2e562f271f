import { finiteNumber, isRecord, parseExactJson, wholeNumberText, type JsonValue } from './json';
import { MAX_PROMPT_CHARS } from './limits';
import type { LoraUse, ReadRun } from './types';

/**
 * The `parameters` text AUTOMATIC1111 and Forge write (a PNG text chunk, or the EXIF
 * UserComment of a JPEG or WebP): the prompt, a "Negative prompt:" line, and a last line of
 * "Key: value" pairs. The pattern for that line is A1111's own
 * (modules/infotext_utils.py, re_param_code); Forge adds "Distilled CFG Scale" and "Module N".
 */

const PARAM_PATTERN = /\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)/g;
const LORA_IN_PROMPT = /<lora:([^:>]+):(-?[\d.]+)[^>]*>/g;

export function readParametersText(text: string): ReadRun | null {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const last = lines.at(-1) ?? '';
  if (!/^Steps: /.test(last.trim())) return null;
  const params = new Map<string, string>();
  for (const match of last.matchAll(PARAM_PATTERN)) {
    const value = match[2]!.trim();
    params.set(match[1]!.trim(), value.startsWith('"') ? unquote(value) : value);
  }
  const body = lines.slice(0, -1);
  const negativeAt = body.findIndex((line) => line.startsWith('Negative prompt:'));
  const promptLines = negativeAt === -1 ? body : body.slice(0, negativeAt);
  const negativeLines = negativeAt === -1 ? [] : [body[negativeAt]!.slice('Negative prompt:'.length), ...body.slice(negativeAt + 1)];
  const prompt = promptLines.join('\n').trim().slice(0, MAX_PROMPT_CHARS);
  const negative = negativeLines.join('\n').trim().slice(0, MAX_PROMPT_CHARS);

  const size = /^(\d+)x(\d+)$/.exec(params.get('Size') ?? '');
  const modules = [...params.entries()].filter(([key]) => /^Module \d+$/.test(key)).map(([, value]) => value);
  const loras: LoraUse[] = [...prompt.matchAll(LORA_IN_PROMPT)].map((m) => ({ name: m[1]!, strength: Number(m[2]) }));
  const run: ReadRun = {
    prompt: prompt || undefined,
    negativePrompt: negative || undefined,
    seed: wholeNumberText(params.get('Seed')),
    steps: positiveWhole(params.get('Steps')),
    guidance: finiteNumber(params.get('Distilled CFG Scale')),
    cfg: finiteNumber(params.get('CFG scale')),
    sampler: params.get('Sampler') || undefined,
    scheduler: params.get('Schedule type') || undefined,
    denoise: finiteNumber(params.get('Denoising strength')),
    width: size ? Number(size[1]) : undefined,
    height: size ? Number(size[2]) : undefined,
    model: params.get('Model') || undefined,
    modules: modules.length > 0 ? modules : undefined,
    loras: loras.length > 0 ? loras : undefined,
  };
  return Object.fromEntries(Object.entries(run).filter(([, v]) => v !== undefined)) as ReadRun;
}

function unquote(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value.slice(1, -1);
  }
}

function positiveWhole(value: string | undefined): number | undefined {
  const n = finiteNumber(value);
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * SwarmUI's `sui_image_params` (inside the `parameters` JSON it writes; field names from
 * mcmonkeyprojects/SwarmUI, src/Text2Image/T2IParamTypes.cs) and InvokeAI's
 * `invokeai_metadata` (invoke-ai/InvokeAI, invokeai/app/invocations/metadata.py, CoreMetadata).
 */
export function readSwarmParams(json: string): ReadRun | null {
  const parsed = parseExactJson(json);
  if (!parsed.ok || !isRecord(parsed.value) || !isRecord(parsed.value.sui_image_params)) return null;
  const p = parsed.value.sui_image_params;
  const loraNames = Array.isArray(p.loras) ? p.loras.filter((l): l is string => typeof l === 'string') : [];
  const loraWeights = Array.isArray(p.loraweights) ? p.loraweights : [];
  return clean({
    prompt: str(p.prompt),
    negativePrompt: str(p.negativeprompt),
    seed: wholeNumberText(p.seed),
    steps: positiveWhole(String(p.steps ?? '')),
    guidance: finiteNumber(p.fluxguidancescale),
    cfg: finiteNumber(p.cfgscale),
    sampler: str(p.sampler),
    scheduler: str(p.scheduler),
    width: finiteNumber(p.width),
    height: finiteNumber(p.height),
    model: str(p.model),
    loras: loraNames.length > 0 ? loraNames.map((name, i) => ({ name, strength: finiteNumber(loraWeights[i]) })).map(clean) : undefined,
  });
}

export function readInvokeMetadata(json: string): ReadRun | null {
  const parsed = parseExactJson(json);
  if (!parsed.ok || !isRecord(parsed.value)) return null;
  const m = parsed.value;
  const model = isRecord(m.model) ? str(m.model.name) : str(m.model);
  const loras = Array.isArray(m.loras)
    ? m.loras.flatMap((l) => {
        if (!isRecord(l)) return [];
        const name = isRecord(l.model) ? str(l.model.name) : str(l.lora) ?? str(l.name);
        return name ? [clean({ name, strength: finiteNumber(l.weight) })] : [];
      })
    : [];
  return clean({
    prompt: str(m.positive_prompt),
    negativePrompt: str(m.negative_prompt),
    seed: wholeNumberText(m.seed),
    steps: positiveWhole(String(m.steps ?? '')),
    guidance: finiteNumber(m.guidance),
    cfg: finiteNumber(m.cfg_scale),
    scheduler: str(m.scheduler),
    width: finiteNumber(m.width),
    height: finiteNumber(m.height),
    model,
    loras: loras.length > 0 ? loras : undefined,
  });
}

function str(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, MAX_PROMPT_CHARS) : undefined;
}

function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
