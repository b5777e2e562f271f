import '../zod-setup';
import { z } from 'zod/mini';
import { MAX_PROMPT_CHARS } from '../images/limits';
import { LOG_ENTRY_LIMIT, LOG_FILE_KIND, LOG_FILE_VERSION, LOG_NAME_MAX, LOG_NOTE_MAX, type Experiment } from './log';

/**
 * Reads an exported log's index back. It needs zod, so the page imports this module on
 * demand, when the reader imports a file. Seeds stay strings; every text has a cap.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const count = z.number().check(z.nonnegative());

const RunSchema = z.object({
  label: z.optional(text(80)),
  prompt: z.optional(text(MAX_PROMPT_CHARS)),
  negativePrompt: z.optional(text(MAX_PROMPT_CHARS)),
  seed: z.optional(z.string().check(z.regex(/^\d{1,40}$/))),
  steps: z.optional(count),
  guidance: z.optional(z.number()),
  cfg: z.optional(z.number()),
  sampler: z.optional(text(200)),
  scheduler: z.optional(text(200)),
  denoise: z.optional(z.number()),
  width: z.optional(count),
  height: z.optional(count),
  model: z.optional(text(400)),
  modules: z.optional(z.array(text(400)).check(z.maxLength(20))),
  loras: z.optional(z.array(z.object({ name: text(400), strength: z.optional(z.number()) })).check(z.maxLength(50))),
  references: z.optional(z.array(text(400)).check(z.maxLength(50))),
});

const PictureSchema = z.object({
  fileName: text(400),
  format: z.enum(['png', 'jpeg', 'webp']),
  bytes: count,
  width: z.optional(count),
  height: z.optional(count),
  source: z.nullable(z.enum(['comfyui', 'forge', 'swarmui', 'invokeai'])),
  run: z.optional(RunSchema),
});

export const ExperimentSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'is not an entry id' })),
  name: text(LOG_NAME_MAX),
  note: text(LOG_NOTE_MAX),
  createdAt: count,
  updatedAt: count,
  pictures: z.tuple([PictureSchema, PictureSchema]),
  verdict: text(2000),
});

const LogIndexSchema = z.object({
  kind: z.literal(LOG_FILE_KIND, { error: 'is not an experiment log from this guide' }),
  version: z.literal(LOG_FILE_VERSION, { error: 'comes from a newer version of this guide' }),
  experiments: z.array(ExperimentSchema).check(z.maxLength(LOG_ENTRY_LIMIT)),
});

export type LogIndexRead = { ok: true; experiments: Experiment[] } | { ok: false; message: string };

export function parseLogIndex(json: string): LogIndexRead {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'The log’s index is not valid JSON, so nothing was imported.' };
  }
  const result = LogIndexSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return { ok: false, message: `That file is not an experiment log this page can read${where}: it ${issue.message.replace(/^Invalid input: /, '')}. Nothing was imported.` };
  }
  return { ok: true, experiments: result.data.experiments as Experiment[] };
}
