import { getModel } from '../models';
import { modelAbout } from '../models/about';
import { pythonFloat, pythonString } from './literals';
import { diffusersPlan, type DiffusersPlan } from './memory';
import {
  exportFileName,
  GPU_MEMORY_DEFAULT,
  imageFileName,
  resolvedGuidance,
  resolvedSteps,
  runProblems,
  type ExportResult,
  type RunSettings,
  runFacts,
} from './settings';

/**
 * A diffusers script that runs as written on the reader's card: the pipeline class and
 * repository from the model catalogue, bfloat16 weights loaded to fit the GPU memory the reader
 * gave (./memory), a seeded generator, the size, steps, guidance and max_sequence_length, and the
 * image saved beside the script. Its header says how to run it, what it needs (memory, a login
 * for gated weights) and where each default comes from.
 */

/** What the header says about memory and time, and the lines that load the pipeline on an NVIDIA card. */
function loading(plan: Exclude<DiffusersPlan, { kind: 'no-cuda' }>, pipeline: string, repo: string, modelName: string): { header: string[]; load: string[] } {
  const from = (id: string) => `pipe = ${pipeline}.from_pretrained(${pythonString(id)}, torch_dtype=torch.bfloat16)`;
  switch (plan.kind) {
    case 'whole':
      return {
        header: [`# Memory: the whole pipeline, about ${plan.gb} GB, goes on the card at once: the fastest way to run it.`],
        load: [from(repo), 'pipe = pipe.to("cuda")'],
      };
    case 'model-offload':
      return {
        header: [
          `# Memory: too big to hold at once on this card, so each part moves to the card only while it runs`,
          `# (enable_model_cpu_offload): about ${plan.gb} GB on the card and ${plan.ramGb} GB of system RAM; a little slower than all at once.`,
        ],
        load: [from(repo), 'pipe.enable_model_cpu_offload()'],
      };
    case 'four-bit':
      return {
        header: [
          `# Memory: ${modelName} in bfloat16 is far bigger than this card, so this loads the published 4-bit weights`,
          `# (${plan.repo}: about ${plan.gb} GB with model offload; ${plan.source}).`,
          '# 4-bit needs the bitsandbytes package and an NVIDIA card; it changes the picture a little against full precision.',
        ],
        load: [from(plan.repo), 'pipe.enable_model_cpu_offload()'],
      };
    case 'sequential-offload':
      return {
        header: [
          `# Memory: even the largest part does not fit this card, so the model moves to the card layer by layer`,
          `# (enable_sequential_cpu_offload): it runs in very little GPU memory but many times slower, and needs about ${plan.ramGb} GB of system RAM.`,
        ],
        load: [from(repo), 'pipe.enable_sequential_cpu_offload()'],
      };
  }
}

/** Loading on Apple silicon's GPU (MPS) or the CPU: the whole pipeline in bfloat16. */
function loadWithoutCuda(pipeline: string, repo: string): string[] {
  return [`pipe = ${pipeline}.from_pretrained(${pythonString(repo)}, torch_dtype=torch.bfloat16)`, 'pipe = pipe.to("mps" if torch.backends.mps.is_available() else "cpu")'];
}

export function toDiffusersScript(run: RunSettings): ExportResult {
  const model = getModel(run.model);
  const facts = runFacts(run.model);
  const diffusers = facts?.diffusers;
  const front = model.frontEnds.diffusers;
  if (!facts || !diffusers || !front) {
    return { ok: false, reason: `${model.name} has no diffusers pipeline${facts?.bflApi ? ': it runs through BFL’s API, so use the API request instead' : ''}.` };
  }
  const problems = runProblems(run).filter((p) => p.field !== 'negativePrompt');
  if (problems.length) return { ok: false, reason: problems.map((p) => p.message).join(' ') };

  const steps = resolvedSteps(run, facts, 'diffusers')!;
  const guidance = resolvedGuidance(run, facts, 'diffusers')!;
  const negative = run.negativePrompt?.trim() ? run.negativePrompt : undefined;
  const useNegative = negative !== undefined && diffusers.negative === 'true-cfg';
  const output = imageFileName(run, 'png');
  const licence = modelAbout[run.model].licence;
  const plan = diffusersPlan(diffusers.memory, run.gpuMemoryGb ?? GPU_MEMORY_DEFAULT);
  const withoutCuda = loadWithoutCuda(diffusers.pipeline, diffusers.repo);
  const noCudaHeader = `needs about ${diffusers.memory.wholeGb} GB of memory; expect minutes per image on Apple silicon and far longer on a CPU`;
  const { header, load } =
    plan.kind === 'no-cuda'
      ? {
          header: [
            `# Memory: no NVIDIA card, so this runs on Apple silicon's GPU (MPS) if there is one, else on the CPU, and ${noCudaHeader}.`,
            '# With less memory than that, use BFL’s API or a smaller model.',
          ],
          load: withoutCuda,
        }
      : (() => {
          // Planned for an NVIDIA card; the same file still runs where there is none.
          const cuda = loading(plan, diffusers.pipeline, diffusers.repo, model.name);
          return {
            header: [...cuda.header, `# Without an NVIDIA card it falls back to Apple silicon or the CPU, which ${noCudaHeader}.`],
            load: ['if torch.cuda.is_available():', ...cuda.load.map((line) => `    ${line}`), 'else:', ...withoutCuda.map((line) => `    ${line}`)],
          };
        })();
  const packages = ['torch', 'diffusers', 'transformers', 'accelerate', ...(plan.kind === 'four-bit' ? ['bitsandbytes'] : [])];
  const chosen = run.steps !== undefined || run.guidance !== undefined;
  const lines = [
    `# ${model.name} with diffusers (${diffusers.pipeline}), written by the FLUX Photoreal Guide's prompt builder.`,
    `# Run it with: python3 ${exportFileName(run, 'diffusers')}`,
    `# Needs Python with ${packages.join(', ')} (pip install -U ${packages.join(' ')}), and a diffusers release that has ${diffusers.pipeline}.`,
    '# The first run downloads the weights from Hugging Face; the image is saved beside this script.',
    `# Licence of the weights: ${licence.name} (${licence.url}).`,
    ...(licence.gated
      ? [`# The weights are gated: accept the licence at ${licence.url} while logged in, then run \`hf auth login\` once on this computer (or set HF_TOKEN).`]
      : []),
    ...header,
    ...(facts.steps?.fixed
      ? [`# ${facts.fixedReason}`]
      : [
          `# Steps and guidance: ${chosen ? 'as set in the builder; ' : ''}${diffusers.pipeline}'s own defaults are ${front.defaultSteps} steps and guidance ${pythonFloat(front.defaultGuidance ?? 0)} (${front.sources.defaults}).`,
        ]),
    ...(front.guidance === 'distilled' ? ['# The model is guidance-distilled: guidance_scale is fed to the model, not used for classifier-free guidance.'] : []),
    ...(negative !== undefined && !useNegative
      ? [`# Your negative prompt is not used: ${front.note}${model.frontEnds.comfyui?.negativePrompt ? ' The ComfyUI workflow uses it, in its second text encode.' : ' Describe what should be there in the prompt instead.'}`]
      : []),
    ...(model.id === 'flux1-schnell' ? ['# max_sequence_length is 256: what [schnell] takes; the pipeline’s default, 512, is more than that.'] : []),
    'import torch',
    `from diffusers import ${diffusers.pipeline}`,
    '',
    `prompt = ${pythonString(run.prompt)}`,
    ...(useNegative ? [`negative_prompt = ${pythonString(negative)}`] : []),
    `seed = ${run.seed}`,
    '',
    ...load,
    '',
    'image = pipe(',
    '    prompt=prompt,',
    ...(useNegative
      ? ['    negative_prompt=negative_prompt,', '    # Above 1.0 turns on real CFG against the negative prompt; each step then runs twice. 2.0 is this guide’s choice.', '    true_cfg_scale=2.0,']
      : []),
    `    height=${run.height},`,
    `    width=${run.width},`,
    `    num_inference_steps=${steps},`,
    `    guidance_scale=${pythonFloat(guidance)},`,
    `    max_sequence_length=${diffusers.maxSequenceLength},`,
    // A CPU generator gives the same noise on every machine for one seed (and works with offload and MPS).
    '    generator=torch.Generator(device="cpu").manual_seed(seed),',
    ').images[0]',
    `image.save(${pythonString(output)})`,
    `print(${pythonString(`Saved ${output}`)})`,
    '',
  ];
  return { ok: true, text: lines.join('\n') };
}
