import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Shared zod settings; every zod user in src/lib imports this module first.
 *
 * - zod 4 compiles object parsers with `new Function` when it can, and probes for that ability
 *   on first use. Under this site's Content-Security-Policy (no 'unsafe-eval') the probe is
 *   refused and reported as a violation, so parsers run without code generation.
 * - The browser-side parsers use `zod/mini`, which ships no error messages of its own; the
 *   English locale gives readers the same messages the full API would.
 */
config({ jitless: true, ...en() });
