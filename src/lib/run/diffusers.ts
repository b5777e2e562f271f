import { getModel } from '../models';
import { modelAbout } from '../models/about';
import { pythonFloat, pythonString } from './literals';
import { imageFileName, resolvedGuidance, resolvedSteps, runProblems, type ExportResult, type RunSettings, runFacts } from './settings';

/**
 * A diffusers script that runs as written: the pipeline class and repository from
 * src/lib/models (diffusers v0.40, shared/reference/run-it-facts.md), bfloat16 weights, the
 * best device there is, a seeded generator, the size, steps, guidance and max_sequence_length,
 * and the image saved beside the script.
 */
export function toDiffusersScript(run: RunSettings): ExportResult {
  const model = getModel(run.model);
  const facts = runFacts(run.model);
  const diffusers = facts?.diffusers;
  if (!facts || !diffusers) {
    return { ok: false, reason: `${model.name} has no diffusers pipeline${facts?.bflApi ? ': it runs through BFL’s API, so use the API request instead' : ''}.` };
  }
  const problems = runProblems(run).filter((p) => p.field !== 'negativePrompt');
  if (problems.length) return { ok: false, reason: problems.map((p) => p.message).join(' ') };

  const steps = resolvedSteps(run, facts)!;
  const guidance = resolvedGuidance(run, facts)!;
  const negative = run.negativePrompt?.trim() ? run.negativePrompt : undefined;
  const useNegative = negative !== undefined && diffusers.negative === 'true-cfg';
  const output = imageFileName(run, 'png');
  const lines = [
    `# ${model.name} with diffusers (${diffusers.pipeline}), written by the FLUX Photoreal Guide's prompt builder.`,
    `# Licence of the weights: ${modelAbout[run.model].licence.name} (${modelAbout[run.model].licence.url}).`,
    `# Needs Python with torch and a diffusers release that has ${diffusers.pipeline}; the first run downloads the weights.`,
    ...(facts.fixedReason ? [`# ${facts.fixedReason}`] : []),
    ...(negative !== undefined && !useNegative ? [`# The negative prompt is left out: ${model.frontEnds.diffusers?.note ?? 'this pipeline takes none.'}`] : []),
    'import torch',
    `from diffusers import ${diffusers.pipeline}`,
    '',
    `prompt = ${pythonString(run.prompt)}`,
    ...(useNegative ? [`negative_prompt = ${pythonString(negative)}`] : []),
    `seed = ${run.seed}`,
    '',
    'if torch.cuda.is_available():',
    '    device = "cuda"',
    'elif torch.backends.mps.is_available():',
    '    device = "mps"',
    'else:',
    '    device = "cpu"',
    '',
    `pipe = ${diffusers.pipeline}.from_pretrained(${pythonString(diffusers.repo)}, torch_dtype=torch.bfloat16)`,
    'pipe = pipe.to(device)',
    '',
    'image = pipe(',
    '    prompt=prompt,',
    ...(useNegative ? ['    negative_prompt=negative_prompt,', '    # Above 1.0 turns on real CFG against the negative prompt; each step then runs twice.', '    true_cfg_scale=2.0,'] : []),
    `    height=${run.height},`,
    `    width=${run.width},`,
    `    num_inference_steps=${steps},`,
    `    guidance_scale=${pythonFloat(guidance)},`,
    `    max_sequence_length=${diffusers.maxSequenceLength},`,
    '    generator=torch.Generator(device=device).manual_seed(seed),',
    ').images[0]',
    `image.save(${pythonString(output)})`,
    `print(${pythonString(`Saved ${output}`)})`,
    '',
  ];
  return { ok: true, text: lines.join('\n') };
}
