import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseExactJson, readImageBytes, readMessages, type ImageReading } from '../../src/lib/images';
import { flux1DevKSamplerGraph, flux2ReferenceGraph, fluxFillGraph, forgeParameters, loopingGraph, twoSamplerGraph } from './comfy-graphs';
import { a1111Jpeg, bytesOf, comfyJpeg, comfyWebp, plainJpeg, plainPng, plainWebp, pngWithDeclaredTextLength, pngWithText } from './image-files';

const example = (name: string) => bytesOf(readFileSync(new URL(`../fixtures/comfyui-examples/${name}`, import.meta.url)));

async function read(bytes: Uint8Array | Buffer, name = 'picture.png'): Promise<Extract<ImageReading, { ok: true }>> {
  const reading = await readImageBytes(bytes instanceof Uint8Array && !Buffer.isBuffer(bytes) ? bytes : bytesOf(bytes as Buffer), name);
  if (!reading.ok) throw new Error(`expected a reading, got: ${reading.message}`);
  return reading;
}

async function refused(bytes: Uint8Array | Buffer, name: string): Promise<string> {
  const reading = await readImageBytes(Buffer.isBuffer(bytes) ? bytesOf(bytes) : bytes, name);
  if (reading.ok) throw new Error('expected the file to be refused');
  return reading.message;
}

describe('ComfyUI pictures from ComfyUI_examples', () => {
  it('reads the FLUX.1 [dev] example PNG from its sampler: prompt, seed, steps, guidance, size, model', async () => {
    const reading = await read(example('flux_dev_example.png'), 'flux_dev_example.png');
    expect(reading.source).toBe('comfyui');
    expect(reading.file).toMatchObject({ format: 'png', width: 1024, height: 1024, c2pa: false });
    expect(reading.runs).toHaveLength(1);
    const run = reading.runs[0]!;
    expect(run.prompt).toMatch(/^cute anime girl with massive fluffy fennec ears/);
    expect(run).toMatchObject({ seed: '219670278747233', steps: 20, guidance: 3.5, sampler: 'euler', scheduler: 'simple', width: 1024, height: 1024, model: 'flux1-dev.safetensors' });
    expect(run.negativePrompt).toBeUndefined();
  });

  it('reads the FLUX.2 example PNG (Flux2Scheduler, EmptyFlux2LatentImage); its bypassed reference loaders are not counted', async () => {
    const run = (await read(example('flux2_example.png'))).runs[0]!;
    expect(run).toMatchObject({ seed: '435922656034510', steps: 20, guidance: 4, width: 1024, height: 1024, model: 'flux2_dev_fp8mixed.safetensors' });
    expect(run.prompt).toMatch(/Flux 2, Now in ComfyUI/);
    expect(run.references).toBeUndefined();
  });

  it('reads a ComfyUI WebP (graphs in EXIF Make and Model): six Kontext samplers stitched into one picture, each listed', async () => {
    const reading = await read(example('flux_kontext_example_comic.webp'), 'comic.webp');
    expect(reading.file).toMatchObject({ format: 'webp', width: 2048, height: 3072 });
    expect(reading.source).toBe('comfyui');
    // Sampler 31 makes the first panel, which the six others take as their reference: it did not make the saved picture.
    expect(reading.runs.map((r) => r.label)).toEqual(['sampler 92', 'sampler 108', 'sampler 118', 'sampler 136', 'sampler 143', 'sampler 150']);
    expect(reading.notes[0]).toMatch(/6 samplers .* does not say which one this picture is/);
    const run = reading.runs[0]!;
    expect(run).toMatchObject({ seed: '972054013131399', steps: 20, guidance: 2.5, cfg: 1, width: 1024, height: 1024, model: 'flux1-kontext-dev.safetensors' });
    expect(run.prompt).toMatch(/^she has massive fennec ears and is sitting on a bench/);
    expect(run.references).toEqual(['fennec_girl_sing.png']);
    // The graph lives in Make/Model, which are not camera fields.
    expect(reading.file.camera).toEqual([]);
  });
});

describe('ComfyUI graphs written into files built here', () => {
  it('follows KSampler, a LoRA, CLIPTextEncodeFlux and a zeroed-out negative', async () => {
    const run = (await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(flux1DevKSamplerGraph()) }, { key: 'workflow', text: '{}' }]))).runs[0]!;
    expect(run).toEqual({
      seed: '1234',
      cfg: 1,
      sampler: 'euler',
      scheduler: 'simple',
      steps: 28,
      denoise: 1,
      prompt: 'a portrait lit by a north window, 85mm lens',
      guidance: 3.5,
      width: 896,
      height: 1152,
      model: 'flux1-dev.safetensors',
      loras: [{ name: 'film-grain.safetensors', strength: 0.8 }],
    });
  });

  it('keeps a 20-digit seed exactly as written, past what a JavaScript number holds', async () => {
    const text = JSON.stringify(flux1DevKSamplerGraph('SEED')).replace('"SEED"', '18446744073709551615');
    const run = (await read(await pngWithText([{ key: 'prompt', text }]))).runs[0]!;
    expect(run.seed).toBe('18446744073709551615');
  });

  it('reads the same graph from a zTXt and an iTXt chunk, and from a ComfyUI JPEG', async () => {
    const graph = JSON.stringify(flux1DevKSamplerGraph(987654321012345));
    for (const kind of ['zTXt', 'iTXt'] as const) {
      expect((await read(await pngWithText([{ key: 'prompt', text: graph, kind }]))).runs[0]!.seed).toBe('987654321012345');
    }
    expect((await read(await comfyJpeg(graph), 'x.jpg')).runs[0]!.seed).toBe('987654321012345');
    expect((await read(await comfyWebp(graph), 'x.webp')).runs[0]!.steps).toBe(28);
  });

  it('lists the reference images a FLUX.2 graph feeds through ReferenceLatent, and its size', async () => {
    const run = (await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(flux2ReferenceGraph()) }]))).runs[0]!;
    expect(run.references?.sort()).toEqual(['fennec_girl_sing.png', 'sunset.png']);
    expect(run).toMatchObject({ seed: '435922656034510', steps: 20, guidance: 4, width: 1024, height: 1536, sampler: 'euler' });
  });

  it('follows positive and negative out of InpaintModelConditioning by the output each reads (FLUX.1 Fill)', async () => {
    const run = (await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(fluxFillGraph()) }]))).runs[0]!;
    expect(run).toMatchObject({ prompt: 'a red fox sitting in the snow', guidance: 30, seed: '656821733471329', model: 'flux1-fill-dev.safetensors', references: ['yosemite_inpaint_example.png'] });
    expect(run.negativePrompt).toBeUndefined();
  });

  it('lists each sampler of a graph with two outputs and says it cannot tell which one the picture is', async () => {
    const reading = await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(twoSamplerGraph()) }]));
    expect(reading.runs.map((r) => [r.label, r.seed, r.prompt, r.guidance])).toEqual([
      ['sampler 8', '111', 'a portrait lit by a north window, 85mm lens', 3.5],
      ['sampler 22', '222', 'the same portrait at golden hour', 2.5],
    ]);
    expect(reading.notes[0]).toMatch(/2 samplers.*does not say which/);
  });

  it('says so when a graph loops, and still reads what it can', async () => {
    const reading = await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(loopingGraph()) }]));
    expect(reading.problem).toBe(readMessages.graphLoops);
    expect(reading.runs[0]!.seed).toBe('1234');
    expect(reading.runs[0]!.model).toBeUndefined();
  });

  it('gives one sentence for a malformed or absurdly deep graph, and keeps the picture', async () => {
    const malformed = await read(await pngWithText([{ key: 'prompt', text: '{"3": {"class_type": "KSampler", "inputs": {' }]));
    expect(malformed).toMatchObject({ source: 'comfyui', runs: [], problem: readMessages.graphMalformed });
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect((await read(await pngWithText([{ key: 'prompt', text: deep }]))).problem).toBe(readMessages.graphTooDeep);
    expect(parseExactJson('['.repeat(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, reason: 'too-deep' });
  });

  it('stays quick on graphs built to be slow: 1,800 samplers each saved, and a chain of 4,900 LoRA loaders', async () => {
    const wide: Record<string, unknown> = { ...flux1DevKSamplerGraph() };
    for (let i = 0; i < 900; i += 1) {
      wide[`s${i}`] = { class_type: 'KSampler', inputs: { seed: i, steps: 20, model: ['1', 0], positive: ['4', 0], negative: ['6', 0], latent_image: [i === 0 ? '7' : `s${i - 1}`, 0] } };
      wide[`d${i}`] = { class_type: 'VAEDecode', inputs: { samples: [`s${i}`, 0], vae: ['10', 0] } };
      wide[`o${i}`] = { class_type: 'SaveImage', inputs: { images: [`d${i}`, 0] } };
      wide[`t${i}`] = { class_type: 'KSampler', inputs: { seed: i, steps: 20, model: ['1', 0], positive: ['4', 0], latent_image: ['7', 0] } };
      wide[`u${i}`] = { class_type: 'PreviewImage', inputs: { images: [`t${i}`, 0] } };
    }
    const deep = flux1DevKSamplerGraph();
    for (let i = 0; i < 4900; i += 1) {
      (deep as Record<string, unknown>)[`l${i}`] = { class_type: 'LoraLoaderModelOnly', inputs: { lora_name: `l${i}.safetensors`, strength_model: 1, model: [i === 0 ? '1' : `l${i - 1}`, 0] } };
    }
    deep['8']!.inputs.model = ['l4899', 0];
    for (const graph of [wide, deep]) {
      const started = performance.now();
      const reading = await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(graph) }]));
      expect(performance.now() - started).toBeLessThan(3000);
      expect(reading.runs.length).toBeGreaterThan(0);
    }
    // Past MAX_GRAPH_NODES the page does not follow the graph at all.
    const huge = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`n${i}`, { class_type: 'Note', inputs: {} }]));
    expect((await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(huge) }]))).problem).toBe(readMessages.graphTooLarge);
  });

  it('keeps prompt text with markup and right-to-left script as plain text', async () => {
    const graph = flux1DevKSamplerGraph();
    const prompt = '<img src=x onerror=alert(1)> a sign reading שלום and مرحبا';
    (graph['4']!.inputs as { t5xxl: string }).t5xxl = prompt;
    const run = (await read(await pngWithText([{ key: 'prompt', text: JSON.stringify(graph), kind: 'iTXt' }]))).runs[0]!;
    expect(run.prompt).toBe(prompt);
  });
});

describe('Forge, AUTOMATIC1111, SwarmUI and InvokeAI', () => {
  it('reads a Forge PNG parameters chunk', async () => {
    const reading = await read(await pngWithText([{ key: 'parameters', text: forgeParameters }]));
    expect(reading.source).toBe('forge');
    expect(reading.runs[0]).toEqual({
      prompt: 'a freckled woman by a north window, soft side light, 85mm portrait <lora:film-grain:0.6>',
      negativePrompt: 'plastic skin',
      seed: '3141592653',
      steps: 25,
      guidance: 3.5,
      cfg: 1,
      sampler: 'Euler',
      scheduler: 'Simple',
      width: 896,
      height: 1152,
      model: 'flux1-dev-bnb-nf4-v2',
      modules: ['ae', 'clip_l', 't5xxl_fp16'],
      loras: [{ name: 'film-grain', strength: 0.6 }],
    });
  });

  it('reads A1111 parameters from a JPEG EXIF UserComment written as UTF-16', async () => {
    const reading = await read(await a1111Jpeg(forgeParameters.replace('freckled', 'freckled — café')), 'forge.jpg');
    expect(reading.source).toBe('forge');
    expect(reading.runs[0]).toMatchObject({ seed: '3141592653', steps: 25, prompt: expect.stringContaining('freckled — café') });
  });

  it('reads SwarmUI sui_image_params and InvokeAI invokeai_metadata', async () => {
    const swarm = JSON.stringify({
      sui_image_params: { prompt: 'a lighthouse at dusk', negativeprompt: '', model: 'flux1-dev', seed: 1234567890123, steps: 20, cfgscale: 1, fluxguidancescale: 3.5, width: 1024, height: 768, sampler: 'euler', scheduler: 'simple', loras: ['grain'], loraweights: ['0.5'] },
    });
    const swarmRun = (await read(await pngWithText([{ key: 'parameters', text: swarm }]))).runs[0]!;
    expect(swarmRun).toMatchObject({ prompt: 'a lighthouse at dusk', seed: '1234567890123', steps: 20, guidance: 3.5, width: 1024, height: 768, model: 'flux1-dev', loras: [{ name: 'grain', strength: 0.5 }] });
    const invoke = JSON.stringify({ positive_prompt: 'a teapot on linen', seed: 42, steps: 30, guidance: 4, width: 1024, height: 1024, model: { name: 'FLUX Dev (Quantized)' }, scheduler: 'euler' });
    const invokeReading = await read(await pngWithText([{ key: 'invokeai_metadata', text: invoke }]));
    expect(invokeReading.source).toBe('invokeai');
    expect(invokeReading.runs[0]).toMatchObject({ prompt: 'a teapot on linen', seed: '42', steps: 30, guidance: 4, model: 'FLUX Dev (Quantized)' });
  });
});

describe('files without settings, and broken files', () => {
  it('says a plain PNG, JPEG and WebP carry no settings, and reports their size and format', async () => {
    for (const [bytes, format] of [[await plainPng(), 'png'], [await plainJpeg(), 'jpeg'], [await plainWebp(), 'webp']] as const) {
      const reading = await read(bytes, `plain.${format}`);
      expect(reading).toMatchObject({ source: null, runs: [], file: { format, width: 16, height: 12, c2pa: false } });
    }
  });

  it('reads a JPEG named .png as the JPEG it is, and says so', async () => {
    const reading = await read(await comfyJpeg(JSON.stringify(flux1DevKSamplerGraph())), 'renamed.png');
    expect(reading.file.format).toBe('jpeg');
    expect(reading.notes[0]).toBe('This file is named .png but holds a JPEG picture; the page read it as the JPEG it is.');
    expect(reading.runs[0]!.seed).toBe('1234');
  });

  it('reads a JPEG with data after its end marker (a phone’s motion photo appends a video there)', async () => {
    const jpeg = await plainJpeg();
    const reading = await read(Buffer.concat([jpeg, Buffer.from('ftypmp42 and a video after the picture')]), 'motion.jpg');
    expect(reading.file).toMatchObject({ format: 'jpeg', width: 16, height: 12 });
  });

  it('notices a C2PA manifest chunk', async () => {
    const reading = await read(await pngWithText([], [{ type: 'caBX', body: Buffer.from('jumb') }]));
    expect(reading.file.c2pa).toBe(true);
  });

  it('refuses each broken file with one sentence naming it', async () => {
    const png = await plainPng();
    expect(await refused(new Uint8Array(0), 'empty.png')).toBe(readMessages.empty('empty.png'));
    expect(await refused(Buffer.from('just some notes\n'), 'notes.txt')).toMatch(/is not a PNG, JPEG or WebP picture/);
    expect(await refused(Buffer.from('%PDF-1.7 not a picture'), 'photo.png')).toMatch(/named like a picture, but its bytes are not/);
    expect(await refused(png.subarray(0, png.length - 20), 'cut.png')).toMatch(/stops before the picture ends/);
    const jpeg = await plainJpeg();
    expect(await refused(jpeg.subarray(0, jpeg.length - 10), 'cut.jpg')).toMatch(/stops before the picture ends/);
    expect(await refused(await pngWithDeclaredTextLength(50 * 1024 * 1024), 'huge-text.png')).toMatch(/text field over 4 MB/);
    const sixtyMb = new Uint8Array(60 * 1024 * 1024);
    sixtyMb.set(png);
    expect(await refused(sixtyMb, 'big.png')).toMatch(/is 60 MB, and this page reads pictures up to 50 MB/);
  });

  it('isolates a right-to-left file name inside its message', async () => {
    const message = await refused(new Uint8Array(0), 'صورة.png');
    expect(message).toContain('\u2068صورة.png\u2069');
  });
});
