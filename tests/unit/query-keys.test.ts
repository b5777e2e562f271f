import { describe, expect, it } from 'vitest';
import { diffQueryKeys, lensQueryKeys, lightingQueryKeys, queryCarriesAny } from '../../src/lib';

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
