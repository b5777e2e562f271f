/**
 * ComfyUI API graphs for the tests, in the shape ComfyUI saves them in a picture's `prompt`
 * text. The FLUX.2 one is ComfyUI_examples' flux2 graph with its two ReferenceLatent nodes
 * switched on (its own note says to un-bypass them to give reference images).
 */

type Graph = Record<string, { class_type: string; inputs: Record<string, unknown> }>;

export const flux1DevKSamplerGraph = (seed: string | number = 1234): Graph => ({
  '1': { class_type: 'UNETLoader', inputs: { unet_name: 'flux1-dev.safetensors', weight_dtype: 'default' } },
  '2': { class_type: 'DualCLIPLoader', inputs: { clip_name1: 't5xxl_fp16.safetensors', clip_name2: 'clip_l.safetensors', type: 'flux' } },
  '3': { class_type: 'LoraLoaderModelOnly', inputs: { lora_name: 'film-grain.safetensors', strength_model: 0.8, model: ['1', 0] } },
  '4': { class_type: 'CLIPTextEncodeFlux', inputs: { clip_l: 'portrait', t5xxl: 'a portrait lit by a north window, 85mm lens', guidance: 3.5, clip: ['2', 0] } },
  '5': { class_type: 'CLIPTextEncode', inputs: { text: '', clip: ['2', 0] } },
  '6': { class_type: 'ConditioningZeroOut', inputs: { conditioning: ['4', 0] } },
  '7': { class_type: 'EmptyLatentImage', inputs: { width: 896, height: 1152, batch_size: 1 } },
  '8': {
    class_type: 'KSampler',
    inputs: { seed, steps: 28, cfg: 1, sampler_name: 'euler', scheduler: 'simple', denoise: 1, model: ['3', 0], positive: ['4', 0], negative: ['6', 0], latent_image: ['7', 0] },
  },
  '9': { class_type: 'VAEDecode', inputs: { samples: ['8', 0], vae: ['10', 0] } },
  '10': { class_type: 'VAELoader', inputs: { vae_name: 'ae.safetensors' } },
  '11': { class_type: 'SaveImage', inputs: { filename_prefix: 'ComfyUI', images: ['9', 0] } },
});

export const flux2ReferenceGraph = (): Graph => ({
  '6': { class_type: 'CLIPTextEncode', inputs: { text: 'the woman from the first picture singing on the stage of the second, warm stage light', clip: ['38', 0] } },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['13', 0], vae: ['10', 0] } },
  '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'ComfyUI', images: ['8', 0] } },
  '10': { class_type: 'VAELoader', inputs: { vae_name: 'flux2-vae.safetensors' } },
  '12': { class_type: 'UNETLoader', inputs: { unet_name: 'flux2_dev_fp8mixed.safetensors', weight_dtype: 'default' } },
  '13': { class_type: 'SamplerCustomAdvanced', inputs: { noise: ['25', 0], guider: ['22', 0], sampler: ['16', 0], sigmas: ['48', 0], latent_image: ['47', 0] } },
  '16': { class_type: 'KSamplerSelect', inputs: { sampler_name: 'euler' } },
  '22': { class_type: 'BasicGuider', inputs: { model: ['12', 0], conditioning: ['43', 0] } },
  '25': { class_type: 'RandomNoise', inputs: { noise_seed: 435922656034510 } },
  '26': { class_type: 'FluxGuidance', inputs: { guidance: 4.0, conditioning: ['6', 0] } },
  '38': { class_type: 'CLIPLoader', inputs: { clip_name: 'mistral_3_small_flux2_fp8.safetensors', type: 'flux2', device: 'default' } },
  '39': { class_type: 'ReferenceLatent', inputs: { conditioning: ['26', 0], latent: ['40', 0] } },
  '40': { class_type: 'VAEEncode', inputs: { pixels: ['41', 0], vae: ['10', 0] } },
  '41': { class_type: 'ImageScaleToTotalPixels', inputs: { upscale_method: 'area', megapixels: 1, image: ['42', 0] } },
  '42': { class_type: 'LoadImage', inputs: { image: 'fennec_girl_sing.png' } },
  '43': { class_type: 'ReferenceLatent', inputs: { conditioning: ['39', 0], latent: ['44', 0] } },
  '44': { class_type: 'VAEEncode', inputs: { pixels: ['45', 0], vae: ['10', 0] } },
  '45': { class_type: 'ImageScaleToTotalPixels', inputs: { upscale_method: 'area', megapixels: 1, image: ['46', 0] } },
  '46': { class_type: 'LoadImage', inputs: { image: 'sunset.png' } },
  '47': { class_type: 'EmptyFlux2LatentImage', inputs: { width: 1024, height: 1536, batch_size: 1 } },
  '48': { class_type: 'Flux2Scheduler', inputs: { steps: 20, width: 1024, height: 1536 } },
});

/** Two samplers, each saving its own picture: the file cannot say which one it is. */
export const twoSamplerGraph = (): Graph => {
  const first = flux1DevKSamplerGraph(111);
  return {
    ...first,
    '20': { class_type: 'CLIPTextEncode', inputs: { text: 'the same portrait at golden hour', clip: ['2', 0] } },
    '21': { class_type: 'FluxGuidance', inputs: { guidance: 2.5, conditioning: ['20', 0] } },
    '22': {
      class_type: 'KSampler',
      inputs: { seed: 222, steps: 20, cfg: 1, sampler_name: 'euler', scheduler: 'beta', denoise: 1, model: ['1', 0], positive: ['21', 0], negative: ['6', 0], latent_image: ['7', 0] },
    },
    '23': { class_type: 'VAEDecode', inputs: { samples: ['22', 0], vae: ['10', 0] } },
    '24': { class_type: 'SaveImage', inputs: { filename_prefix: 'golden', images: ['23', 0] } },
  };
};

/** A graph whose model chain loops: LoRA 3 takes its model from LoRA 30, which takes it from 3. */
export const loopingGraph = (): Graph => {
  const graph = flux1DevKSamplerGraph();
  graph['3'] = { class_type: 'LoraLoaderModelOnly', inputs: { lora_name: 'a.safetensors', strength_model: 1, model: ['30', 0] } };
  graph['30'] = { class_type: 'LoraLoaderModelOnly', inputs: { lora_name: 'b.safetensors', strength_model: 1, model: ['3', 0] } };
  return graph;
};

export const forgeParameters = [
  'a freckled woman by a north window, soft side light, 85mm portrait <lora:film-grain:0.6>',
  'Negative prompt: plastic skin',
  'Steps: 25, Sampler: Euler, Schedule type: Simple, CFG scale: 1, Distilled CFG Scale: 3.5, Seed: 3141592653, Size: 896x1152, Model hash: 6a3b2c1d, Model: flux1-dev-bnb-nf4-v2, Module 1: ae, Module 2: clip_l, Module 3: t5xxl_fp16, Version: f2.0.1v1.10.1-previous-313-g8a042934, "Lora hashes": "film-grain: 1a2b3c"',
].join('\n');

/**
 * FLUX.1 Fill as ComfyUI_examples' flux/flux_fill_inpaint_example.png wires it: the sampler's
 * positive and negative both come out of InpaintModelConditioning (outputs 0 and 1).
 */
export const fluxFillGraph = (): Graph => ({
  '7': { class_type: 'CLIPTextEncode', inputs: { text: '', clip: ['34', 0] } },
  '23': { class_type: 'CLIPTextEncode', inputs: { text: 'a red fox sitting in the snow', clip: ['34', 0] } },
  '26': { class_type: 'FluxGuidance', inputs: { guidance: 30, conditioning: ['23', 0] } },
  '31': { class_type: 'UNETLoader', inputs: { unet_name: 'flux1-fill-dev.safetensors', weight_dtype: 'default' } },
  '3': {
    class_type: 'KSampler',
    inputs: { seed: 656821733471329, steps: 20, cfg: 1, sampler_name: 'euler', scheduler: 'normal', denoise: 1, model: ['39', 0], positive: ['38', 0], negative: ['38', 1], latent_image: ['38', 2] },
  },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['32', 0] } },
  '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'ComfyUI', images: ['8', 0] } },
  '17': { class_type: 'LoadImage', inputs: { image: 'yosemite_inpaint_example.png' } },
  '32': { class_type: 'VAELoader', inputs: { vae_name: 'ae.safetensors' } },
  '34': { class_type: 'DualCLIPLoader', inputs: { clip_name1: 'clip_l.safetensors', clip_name2: 't5xxl_fp16.safetensors', type: 'flux' } },
  '38': { class_type: 'InpaintModelConditioning', inputs: { positive: ['26', 0], negative: ['46', 0], vae: ['32', 0], pixels: ['17', 0], mask: ['17', 1], noise_mask: false } },
  '39': { class_type: 'DifferentialDiffusion', inputs: { model: ['31', 0] } },
  '46': { class_type: 'ConditioningZeroOut', inputs: { conditioning: ['7', 0] } },
});
