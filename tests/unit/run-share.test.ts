import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { RunOptionsSchema } from '../../src/lib/builder/state-schema';
import { defaultRunOptions, builderToQuery, builderFromQuery, parseSavedStore, serializeSavedStore, stateFromTemplate, type BuilderState, type RunOptions } from '../../src/lib';

/** A share link made before run settings existed: a text part and a fragment for [klein] 4B. */
const OLD_LINK =
  '?s=eyJtb2RlbCI6ImZsdXgyLWtsZWluLTRiIiwidGVtcGxhdGUiOm51bGwsInZhbHVlcyI6e30sInBhcnRzIjpbeyJraW5kIjoidGV4dCIsInRleHQiOiJhIHBvdHRlciBcImF0XCIgaGVyIHdoZWVsIiwic2xvdCI6InN1YmplY3QifSx7ImtpbmQiOiJmcmFnbWVudCIsImlkIjoic2tpbi5mcmVja2xlcy1ub3NlLWJyaWRnZSJ9XX0';

const encode = (data: unknown) => `?s=${Buffer.from(JSON.stringify(data)).toString('base64url')}`;

describe('share links carry the run settings', () => {
  it('read run options of the same shape as RunOptions', () => {
    expectTypeOf<z.infer<typeof RunOptionsSchema>>().toEqualTypeOf<RunOptions>();
  });

  it('opens a link made before run settings existed, as it was, with the model’s defaults for the run', () => {
    const parsed = builderFromQuery(OLD_LINK);
    expect(parsed.message).toBeUndefined();
    expect(parsed.state).toEqual({
      model: 'flux2-klein-4b',
      template: null,
      values: {},
      parts: [
        { kind: 'text', text: 'a potter "at" her wheel', slot: 'subject' },
        { kind: 'fragment', id: 'skin.freckles-nose-bridge' },
      ],
    });
    expect(builderFromQuery('?template=freckled-portrait&model=flux2-klein-9b')).toMatchObject({ state: { model: 'flux2-klein-9b', template: 'freckled-portrait' } });
    expect(builderFromQuery('?template=freckled-portrait&model=flux2-klein-9b').state.run).toBeUndefined();
  });

  it('round-trips size, seed, steps, guidance and a negative prompt exactly', () => {
    const state: BuilderState = {
      ...stateFromTemplate('freckled-portrait', 'flux2-klein-base-9b'),
      run: { width: 832, height: 1248, seed: 4294967295, steps: 28, guidance: 5.5, negativePrompt: 'plastic "skin", ${x} \\ עברית 🙂\nblur' },
    };
    const parsed = builderFromQuery(builderToQuery(state)!);
    expect(parsed.message).toBeUndefined();
    expect(parsed.state).toEqual(state);
  });

  it('fits run settings that do not suit the link’s model, and says so', () => {
    const base = stateFromTemplate('freckled-portrait', 'flux2-klein-4b');
    const parsed = builderFromQuery(encode({ ...base, run: { width: 1000, height: 1024, seed: 7, steps: 30, negativePrompt: 'blur' } }));
    expect(parsed.state.run).toEqual({ ...defaultRunOptions('flux2-klein-4b'), seed: 7 });
    expect(parsed.state.parts).toEqual(base.parts);
    expect(parsed.message).toBe('Some run settings in this link do not fit FLUX.2 [klein] 4B, so its own values are used for those.');
  });

  it('keeps the prompt when the run settings are not even the right shape', () => {
    const base = stateFromTemplate('freckled-portrait', 'flux2-pro');
    for (const run of ['big', { width: '1024' }, null, [1, 2]]) {
      const parsed = builderFromQuery(encode({ ...base, run }));
      expect(parsed.state.parts).toEqual(base.parts);
      expect(parsed.state.run).toEqual(defaultRunOptions('flux2-pro'));
      expect(parsed.message).toContain('do not fit FLUX.2 [pro]');
    }
  });

  it('keeps run settings in saved prompts, and reads saves made before them', () => {
    const state: BuilderState = { ...stateFromTemplate('freckled-portrait', 'flux1-dev'), run: { width: 1248, height: 832, seed: 5, steps: 30, guidance: 3.5 } };
    const saved = [{ name: 'dev', savedAt: '2026-11-30T04:00:00.000Z', state }];
    expect(parseSavedStore(serializeSavedStore(saved)).prompts[0]?.state).toEqual(state);
    const { run: _run, ...old } = state;
    expect(parseSavedStore(JSON.stringify([{ name: 'old', savedAt: '2026-11-30T04:00:00.000Z', state: old }])).prompts[0]?.state).toEqual(old);
  });
});
