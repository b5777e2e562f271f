import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withBase } from '../../src/components/links';

describe('withBase (links to our own pages under a sub-path)', () => {
  it('puts the base in front of a root-relative path', () => {
    expect(withBase('/tools/lens/', '/flux-guide')).toBe('/flux-guide/tools/lens/');
    expect(withBase('/tools/lens/', '/flux-guide/')).toBe('/flux-guide/tools/lens/');
    expect(withBase('/guide/light/#backlight-and-rim-light', '/flux-guide')).toBe('/flux-guide/guide/light/#backlight-and-rim-light');
    expect(withBase('/tools/diff/?pair=light.flat-product', '/a/b')).toBe('/a/b/tools/diff/?pair=light.flat-product');
    expect(withBase('/', '/flux-guide')).toBe('/flux-guide/');
  });

  it('changes nothing at the root of a domain', () => {
    expect(withBase('/tools/lens/', '/')).toBe('/tools/lens/');
    expect(withBase('/tools/lens/', '')).toBe('/tools/lens/');
  });

  it('leaves external, protocol-relative, relative, anchor and query links alone', () => {
    for (const link of ['https://docs.bfl.ai/guides/prompting_summary', 'mailto:a@b.c', '//cdn.example/x.js', './lens/', '../light/', '#focus', '?model=flux-dev', 'tools/lens/']) {
      expect(withBase(link, '/flux-guide')).toBe(link);
    }
  });

  it('does not add the base twice, and does not mistake a longer segment for it', () => {
    expect(withBase('/flux-guide/tools/lens/', '/flux-guide')).toBe('/flux-guide/tools/lens/');
    expect(withBase('/flux-guide', '/flux-guide')).toBe('/flux-guide');
    expect(withBase('/flux-guides/', '/flux-guide')).toBe('/flux-guide/flux-guides/');
  });

  it('is idempotent for any base and path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const base = fc.array(segment, { maxLength: 3 }).map((parts) => `/${parts.join('/')}`);
    const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}${parts.length ? '/' : ''}`);
    fc.assert(
      fc.property(base, path, (b, p) => {
        const once = withBase(p, b);
        expect(withBase(once, b)).toBe(once);
        expect(once.endsWith(p === '/' ? '/' : p)).toBe(true);
      }),
    );
  });
});
