import { describe, expect, it } from 'vitest';
import { addInlineHashes } from '../../integrations/csp-inline-hashes.mjs';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)?.[1];

describe('addInlineHashes', () => {
  it('adds the SHA-256 of an inline script to script-src (the known hash of the empty string)', () => {
    const html = addInlineHashes(page("script-src 'self'; style-src 'self';", '<script></script>'));
    expect(policyOf(html)).toBe("script-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; style-src 'self';");
  });

  it('hashes inline styles into style-src and leaves external scripts and JSON data alone', () => {
    const html = addInlineHashes(
      page(
        "script-src 'self'; style-src 'self';",
        '<script src="/a.js"></script><script type="application/ld+json">{}</script><style></style>',
      ),
    );
    expect(policyOf(html)).toBe("script-src 'self'; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';");
  });

  it('does not repeat a hash the policy already holds', () => {
    const hash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
    const html = page(`script-src 'self' ${hash};`, '<script></script><script></script>');
    expect(addInlineHashes(html)).toBe(html);
  });

  it('leaves a page without a policy untouched', () => {
    expect(addInlineHashes('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
