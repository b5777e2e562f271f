import { describe, expect, it } from 'vitest';
import {
  builderToQuery,
  defaultBuilderState,
  defaultDiffState,
  defaultLensState,
  defaultSetup,
  defaultUpgradeState,
  diffQueryKeys,
  diffToQuery,
  lensQueryKeys,
  lensToQuery,
  lightingQueryKeys,
  lightingToQuery,
  queryCarriesAny,
  upgradeToQuery,
  widgetQueryKeys,
} from '../../src/lib';

describe('queryCarriesAny', () => {
  it('finds a widget key with or without the leading "?", even with an empty value', () => {
    expect(queryCarriesAny('?focal=85', lensQueryKeys)).toBe(true);
    expect(queryCarriesAny('f=', lensQueryKeys)).toBe(true);
  });
  it('ignores other keys, so a plain visit or another widget’s link loads no parser', () => {
    expect(queryCarriesAny('', lightingQueryKeys)).toBe(false);
    expect(queryCarriesAny('?utm_source=mail&focal=85', diffQueryKeys)).toBe(false);
  });
});

describe('widgetQueryKeys', () => {
  it('lists every key each widget writes into its link, so a test that sends every key reaches every widget', () => {
    const links: Record<keyof typeof widgetQueryKeys, string | null> = {
      builder: builderToQuery(defaultBuilderState()),
      diff: diffToQuery({ ...defaultDiffState, pair: null, model: 'flux2-klein-4b' }),
      lighting: lightingToQuery({ setup: defaultSetup, surface: 'skin' }),
      lens: lensToQuery({ ...defaultLensState, compareWith: '35-8' }),
      upgrade: upgradeToQuery({ ...defaultUpgradeState, prompt: 'a cat', model: 'flux2-klein-4b', dropped: ['add:lens.wide-24mm'] }),
    };
    for (const [widget, query] of Object.entries(links) as [keyof typeof widgetQueryKeys, string | null][]) {
      const written = [...new URLSearchParams(query ?? '').keys()];
      expect(written.length, widget).toBeGreaterThan(0);
      expect(widgetQueryKeys[widget], widget).toEqual(expect.arrayContaining(written));
    }
  });
});
