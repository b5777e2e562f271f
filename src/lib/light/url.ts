import '../zod-setup';
import { z } from 'zod/mini';
import { ambients, defaultSetup, fillKinds, fillSides, keySources, LightingSetupSchema, patterns, type LightingSetup } from './setup';

/**
 * A set-up in a URL query string, so a reader can share it:
 * ?az=-45&el=45&hard=70&src=studio&kk=5600&fill=card&side=right&fs=40&fk=5600&rim=0&air=none&pattern=rembrandt
 * Hardness and fill strength are written as whole percentages to keep links short.
 */
const queryKeys = ['az', 'el', 'hard', 'src', 'kk', 'fill', 'side', 'fs', 'fk', 'rim', 'air', 'pattern'] as const;

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
};

export function setupToQuery(setup: LightingSetup): string {
  const params = new URLSearchParams({
    az: String(Math.round(setup.key.azimuth)),
    el: String(Math.round(setup.key.elevation)),
    hard: String(Math.round(setup.key.hardness * 100)),
    src: setup.key.source,
    kk: String(setup.key.kelvin),
    fill: setup.fill.kind,
    side: setup.fill.side,
    fs: String(Math.round(setup.fill.strength * 100)),
    fk: String(setup.fill.kelvin),
    rim: setup.rim ? '1' : '0',
    air: setup.ambient,
    pattern: setup.pattern,
  });
  return params.toString();
}

export type SetupFromQuery = { setup: LightingSetup; error?: string };

/**
 * Reads a set-up from a query string. No lighting keys: the default, silently. Any key
 * missing or malformed: the default set-up and a message saying what was wrong.
 */
export function setupFromQuery(search: string): SetupFromQuery {
  const params = new URLSearchParams(search);
  if (!queryKeys.some((key) => params.has(key))) return { setup: defaultSetup };
  const raw = Object.fromEntries(queryKeys.map((key) => [key, params.get(key) ?? undefined]));
  const parsed = QuerySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => fieldNames[String(issue.path[0])] ?? 'a setting'))];
    return {
      setup: defaultSetup,
      error: `This link’s lighting set-up could not be read (${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} missing or out of range), so the default set-up is shown.`,
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
  return { setup };
}
