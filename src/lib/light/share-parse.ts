import '../zod-setup';
import { z } from 'zod/mini';
import { ambients, defaultSetup, fillKinds, fillSides, keySources, patterns } from './setup';
import { LightingSetupSchema } from './setup-schema';
import { queryCarriesAny, type ShareLinkRead } from '../share-link';
import { studyMaterials } from './study';
import { DEFAULT_SURFACE, lightingQueryKeys, type LightingLink } from './share';

/**
 * Reads a lighting set-up back from a share link (the format ./share writes). It needs zod, so
 * the widgets import this module on demand, when the page's URL carries lighting keys.
 */

const integer = (min: number, max: number) =>
  z.pipe(
    z.string().check(z.regex(/^-?\d{1,5}$/, 'a whole number')),
    z.pipe(z.transform(Number), z.int().check(z.minimum(min), z.maximum(max))),
  );

const QuerySchema = z.object({
  az: integer(-180, 180),
  el: integer(0, 90),
  hard: integer(0, 100),
  src: z.enum(keySources),
  kk: integer(1000, 40000),
  fill: z.enum(fillKinds),
  side: z.enum(fillSides),
  fs: integer(0, 100),
  fk: integer(1000, 40000),
  rim: z.enum(['0', '1']),
  air: z.enum(ambients),
  pattern: z.enum(patterns),
  // Optional: links made before the surface was shared have none (and open on plaster).
  surface: z.optional(z.enum(studyMaterials)),
});

/** Reader-facing names of the query keys, for the error message. */
const fieldNames: Record<string, string> = {
  az: 'direction',
  el: 'elevation',
  hard: 'hardness',
  src: 'key source',
  kk: 'key Kelvin',
  fill: 'fill type',
  side: 'fill side',
  fs: 'fill strength',
  fk: 'fill Kelvin',
  rim: 'rim light',
  air: 'atmosphere',
  pattern: 'pattern',
  surface: 'surface',
};

/**
 * Reads a set-up and the render's surface from a query string. No lighting keys: the default,
 * silently. Any key missing or malformed (the surface may be missing): the default set-up on
 * the default surface, and a message saying what was wrong.
 */
export function lightingFromQuery(query: string): ShareLinkRead<LightingLink> {
  const params = new URLSearchParams(query);
  if (!queryCarriesAny(query, lightingQueryKeys)) return { state: { setup: defaultSetup, surface: DEFAULT_SURFACE } };
  const raw = Object.fromEntries(lightingQueryKeys.map((key) => [key, params.get(key) ?? undefined]));
  const parsed = QuerySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => fieldNames[String(issue.path[0])] ?? 'a setting'))];
    return {
      state: { setup: defaultSetup, surface: DEFAULT_SURFACE },
      message: `This link’s lighting set-up could not be read (${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} missing or out of range), so the default set-up is shown.`,
    };
  }
  const q = parsed.data;
  const setup = LightingSetupSchema.parse({
    key: { source: q.src, azimuth: q.az, elevation: q.el, hardness: q.hard / 100, kelvin: q.kk },
    fill: { kind: q.fill, side: q.side, strength: q.fs / 100, kelvin: q.fk },
    rim: q.rim === '1',
    ambient: q.air,
    pattern: q.pattern,
  });
  return { state: { setup, surface: q.surface ?? DEFAULT_SURFACE } };
}
