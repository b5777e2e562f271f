/** Running a prompt: one set of run settings, and the files that run it in ComfyUI, diffusers and BFL's API. */
export {
  aspectRatio,
  checkRunSettings,
  defaultRunOptions,
  exportFileName,
  honoursNegative,
  imageFileName,
  MAX_PIXELS,
  negativeReason,
  fitRunOptions,
  frontEndDefaults,
  GPU_MEMORY_DEFAULT,
  GPU_MEMORY_MAX,
  gpuMemoryChoices,
  validGpuMemory,
  presetFor,
  randomSeed,
  runFacts,
  runnableModels,
  runProblems,
  sameRunOptions,
  SEED_MAX,
  SIZE_MAX,
  SIZE_MIN,
  SIZE_STEP,
  sizePresets,
  sizeForShape,
} from './settings';
export type { ExportResult, RunOptions, RunProblem, RunSettings, SizePreset } from './settings';
export { buildComfyUiWorkflow, comfyUiChecklist, comfyUiNegativeNote, comfyUiNotes, comfyUiQueueCommand, COMFY_FILENAME_PREFIX, toComfyUiWorkflow } from './comfyui';
export type { ComfyChecklistItem, ComfyLink, ComfyNode, ComfyWorkflow } from './comfyui';
export { comfyUiFiles, diffusersPlan } from './memory';
export type { DiffusersPlan } from './memory';
export { toDiffusersScript } from './diffusers';
export { BFL_API_BASE, BFL_KEY_VARIABLE, BFL_MAX_POLLS, BFL_STOP_STATUSES, toBflApiRequest } from './bfl';
export type { BflApiRequest } from './bfl';
export { pythonString } from './literals';
export { NEGATIVE_MAX } from '../limits';
