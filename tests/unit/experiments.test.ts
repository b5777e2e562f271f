import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { builderFromQuery as parseBuilderQuery } from '../../src/lib/builder/share-parse';
import { diffFromQuery as parseDiffQuery } from '../../src/lib/diff/share-parse';
import { upgradeFromQuery as parseUpgradeQuery } from '../../src/lib/upgrade/share-parse';
import { diffPrompts, getFragment, readImageBytes, type ReadRun } from '../../src/lib';
import {
  buildLogZip,
  builderLink,
  compareSettings,
  describeMerge,
  diffLink,
  modelForFile,
  ONE_CHANGE_SECTION,
  pictureKey,
  planMerge,
  promptChangeOf,
  readLogZip,
  upgradeLink,
  verdictFor,
  type Experiment,
} from '../../src/lib/experiments';
import { parseLogIndex } from '../../src/lib/experiments/log-schema';
import { flux1DevKSamplerGraph } from './comfy-graphs';
import { bytesOf, pngWithText } from './image-files';

const base: ReadRun = { prompt: 'a portrait, soft window light', seed: '42', steps: 28, guidance: 3.5, width: 1024, height: 1024, model: 'flux1-dev.safetensors', sampler: 'euler', scheduler: 'simple' };

const promptChange = (a: string, b: string) => promptChangeOf(diffPrompts(a, b));

describe('the settings table and the verdict', () => {
  it('one change in the prompt, named by the pillar of the catalogue fragment it adds', () => {
    const after = `a portrait, ${getFragment('light.strong-side-left').text}`;
    const b = { ...base, prompt: after };
    const rows = compareSettings(base, b);
    expect(rows.filter((r) => r.differs).map((r) => r.key)).toEqual(['prompt']);
    const change = promptChange(base.prompt!, after);
    const verdict = verdictFor(rows, change);
    expect(verdict.kind).toBe('one');
    expect(verdict.sentence).toBe('One change: the prompt’s lighting phrase. This pair can show you what it does.');
  });

  it('three changes: this pair cannot tell you which one made the difference', () => {
    const rows = compareSettings(base, { ...base, seed: '43', steps: 20, prompt: 'a portrait, hard noon light' });
    const verdict = verdictFor(rows, promptChange(base.prompt!, 'a portrait, hard noon light'));
    expect(verdict.sentence).toBe('Three changes (prompt, seed, steps): this pair cannot tell you which one made the difference.');
    expect(verdict.kind).toBe('several');
  });

  it('a setting only one file records is unknown, and the verdict says it cannot be ruled out', () => {
    const { seed: _seed, ...noSeed } = base;
    const rows = compareSettings(base, { ...noSeed, steps: 20 });
    expect(rows.find((r) => r.key === 'seed')).toMatchObject({ unknown: true, differs: false, a: '42', b: undefined });
    const verdict = verdictFor(rows);
    expect(verdict.sentence).toBe('One change: the steps. This pair can show you what it does. Only one file records the seed, so a change there cannot be ruled out.');
  });

  it('one file with settings and one with only a pasted prompt: one sentence for all the unknowns', () => {
    const verdict = verdictFor(compareSettings(base, { prompt: base.prompt }));
    expect(verdict.sentence).toBe('Nothing that both files record differs. Only one file records its settings (7 of them), so any of them may have changed too.');
    expect(verdict.kind).toBe('unknown');
  });

  it('links to a heading the workflow chapter has (ids as Starlight makes them, with github-slugger)', () => {
    const [path, anchor] = ONE_CHANGE_SECTION.split('#') as [string, string];
    expect(path).toBe('/guide/workflow/');
    const chapter = readFileSync(new URL('../../src/content/docs/guide/workflow.mdx', import.meta.url), 'utf8');
    const slugger = new GithubSlugger();
    const ids = [...chapter.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slugger.slug(m[1]!.trim()));
    expect(ids).toContain(anchor);
  });

  it('no settings on either side: the pair cannot be judged', () => {
    expect(verdictFor(compareSettings(undefined, undefined)).kind).toBe('unknown');
  });

  it('identical settings: no change in what the files record', () => {
    expect(verdictFor(compareSettings(base, { ...base })).kind).toBe('same');
  });

  it('compares the seeds as the exact strings the files hold', async () => {
    const text = (seed: string) => JSON.stringify(flux1DevKSamplerGraph('SEED')).replace('"SEED"', seed);
    const read = async (seed: string) => {
      const reading = await readImageBytes(bytesOf(await pngWithText([{ key: 'prompt', text: text(seed) }])), 'x.png');
      return reading.ok ? reading.runs[0] : undefined;
    };
    // These two differ in the last digit but are the same double.
    const rows = compareSettings(await read('9007199254740993'), await read('9007199254740992'));
    expect(rows.find((r) => r.key === 'seed')).toMatchObject({ differs: true, a: '9007199254740993', b: '9007199254740992' });
  });
});

describe('links to the other tools, read back by their own parsers', () => {
  it('maps model files to the guide’s models', () => {
    expect(modelForFile('flux1-dev.safetensors')).toBe('flux1-dev');
    expect(modelForFile('flux1-dev-fp8.safetensors')).toBe('flux1-dev');
    expect(modelForFile('flux1-dev-bnb-nf4-v2')).toBe('flux1-dev');
    expect(modelForFile('flux2_dev_fp8mixed.safetensors')).toBe('flux2-dev');
    expect(modelForFile('flux-2-klein-base-9b.safetensors')).toBe('flux2-klein-base-9b');
    expect(modelForFile('models/unet/flux1-schnell.safetensors')).toBe('flux1-schnell');
    expect(modelForFile('flux1-kontext-dev.safetensors')).toBeNull();
    expect(modelForFile('sd_xl_base_1.0.safetensors')).toBeNull();
  });

  it('the checker link opens the upgrade tool with the prompt', () => {
    const link = upgradeLink(base.prompt!, 'flux1-dev');
    expect(link.ok).toBe(true);
    if (link.ok) expect(parseUpgradeQuery(link.query).state).toMatchObject({ prompt: base.prompt, model: 'flux1-dev' });
  });

  it('the diff link carries both prompts', () => {
    const link = diffLink('a', 'b', null);
    expect(link.ok && parseDiffQuery(link.query).state).toMatchObject({ before: 'a', after: 'b' });
  });

  it('the builder link carries the model, size, seed, steps and guidance for a model it knows', () => {
    const link = builderLink(base, base.prompt!);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const parsed = parseBuilderQuery(link.query);
    expect(parsed.message).toBeUndefined();
    expect(parsed.state).toMatchObject({ model: 'flux1-dev', parts: [{ kind: 'text', text: base.prompt }], run: { width: 1024, height: 1024, seed: 42, steps: 28, guidance: 3.5 } });
    expect(link.note).toBeUndefined();
  });

  it('a seed past what the builder takes opens at 0 and says so; an unknown model opens with defaults and says so', () => {
    const big = builderLink({ ...base, seed: '219670278747233' }, base.prompt!);
    expect(big.ok && big.note).toMatch(/219670278747233\) is larger/);
    expect(big.ok && parseBuilderQuery(big.query).state.run?.seed).toBe(0);
    const kontext = builderLink({ ...base, model: 'flux1-kontext-dev.safetensors' }, base.prompt!);
    expect(kontext.ok && kontext.note).toMatch(/does not know flux1-kontext-dev/);
    expect(kontext.ok && parseBuilderQuery(kontext.query).state.run).toBeUndefined();
  });

  it('a prompt too long for a link gives a reason instead', () => {
    expect(upgradeLink('x'.repeat(5000), null)).toMatchObject({ ok: false });
    expect(builderLink(base, 'x'.repeat(1001))).toMatchObject({ ok: false });
  });
});

const entry = (id: string, updatedAt: number, name = 'pair'): Experiment => ({
  id,
  name,
  note: 'added a lighting phrase; the shadow under the nose moved',
  createdAt: 1,
  updatedAt,
  verdict: 'One change: the prompt’s lighting phrase.',
  pictures: [
    { fileName: 'a.png', format: 'png', bytes: 3, source: 'comfyui', run: { ...base, seed: '18446744073709551615' } },
    { fileName: 'b.webp', format: 'webp', bytes: 3, source: null },
  ],
});

describe('the log: merge, export and import', () => {
  it('merges by id and never overwrites a newer entry', () => {
    const plan = planMerge([entry('aaaaaaaa-1', 10), entry('aaaaaaaa-2', 10), entry('aaaaaaaa-3', 10)], [entry('aaaaaaaa-1', 20), entry('aaaaaaaa-2', 5), entry('aaaaaaaa-3', 10), entry('aaaaaaaa-4', 1)]);
    expect(plan.add.map((e) => e.id)).toEqual(['aaaaaaaa-4']);
    expect(plan.update.map((e) => e.id)).toEqual(['aaaaaaaa-1']);
    expect(plan.newerInLog.map((e) => e.id)).toEqual(['aaaaaaaa-2']);
    expect(plan.unchanged).toBe(1);
    expect(describeMerge(plan)).toBe('Imported: 1 added, 1 updated, 1 already here. One entry in your log is newer than the file’s copy and was kept.');
  });

  it('exports one zip and reads it back: index validated, pictures by key, seeds exact', () => {
    const pictures = new Map([
      [pictureKey('aaaaaaaa-1', 0), new Uint8Array([1, 2, 3])],
      [pictureKey('aaaaaaaa-1', 1), new Uint8Array([4, 5, 6])],
    ]);
    const zip = buildLogZip([entry('aaaaaaaa-1', 10)], (id, side) => pictures.get(pictureKey(id, side)));
    const read = readLogZip(zip);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.pictures.keys()].sort()).toEqual(['pictures/aaaaaaaa-1-a.png', 'pictures/aaaaaaaa-1-b.webp']);
    expect([...read.pictures.get('pictures/aaaaaaaa-1-b.webp')!]).toEqual([4, 5, 6]);
    const index = parseLogIndex(read.index);
    expect(index).toEqual({ ok: true, experiments: [entry('aaaaaaaa-1', 10)] });
  });

  it('refuses a file that is not a log with one sentence', () => {
    expect(readLogZip(new TextEncoder().encode('not a zip'))).toMatchObject({ ok: false, message: expect.stringMatching(/not a zip/) });
    expect(parseLogIndex('{')).toMatchObject({ ok: false });
    const wrongKind = parseLogIndex(JSON.stringify({ kind: 'something-else', version: 1, experiments: [] }));
    expect(wrongKind).toMatchObject({ ok: false, message: expect.stringMatching(/not an experiment log from this guide/) });
    const badSeed = JSON.stringify({ kind: 'flux-photoreal-guide/experiments', version: 1, experiments: [{ ...entry('aaaaaaaa-1', 1), pictures: [{ ...entry('x', 1).pictures[0], run: { seed: 12 } }, entry('x', 1).pictures[1]] }] });
    expect(parseLogIndex(badSeed)).toMatchObject({ ok: false, message: expect.stringMatching(/experiments\.0\.pictures\.0\.run\.seed/) });
  });
});
