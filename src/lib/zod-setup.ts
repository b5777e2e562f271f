import { config } from 'zod/mini';

/**
 * zod 4 compiles object parsers with `new Function` when it can, and probes for that
 * ability on first use. Under this site's Content-Security-Policy (no 'unsafe-eval') the
 * probe is refused and reported as a violation, so every zod user in src/lib imports this
 * module first and parses without code generation.
 */
config({ jitless: true });
