import '../zod-setup';
import { z } from 'zod/mini';
import { ambients, fillKinds, fillSides, keySources, patterns, type LightingSetup } from './setup';

/**
 * A lighting set-up's schema, for set-ups that come from outside (a share link). The type is
 * written once, in ./setup; `satisfies` keeps the two in step. It lives apart from ./setup so
 * that the widgets load zod only when a link carries a set-up.
 */
const kelvin = z.int().check(z.minimum(1000), z.maximum(40000));
const unit = z.number().check(z.minimum(0), z.maximum(1));

export const LightingSetupSchema = z.object({
  key: z.object({
    source: z.enum(keySources),
    azimuth: z.number().check(z.minimum(-180), z.maximum(180)),
    elevation: z.number().check(z.minimum(0), z.maximum(90)),
    /** 0 = as soft as a large diffuser, 1 = a bare, hard source. */
    hardness: unit,
    kelvin,
  }),
  fill: z.object({
    kind: z.enum(fillKinds),
    side: z.enum(fillSides),
    strength: unit,
    /** Used by lamp and window fills; a white card reflects the key's own colour. */
    kelvin,
  }),
  rim: z.boolean(),
  ambient: z.enum(ambients),
  pattern: z.enum(patterns),
}) satisfies z.ZodMiniType<LightingSetup>;
