import type { LightingSetup } from './setup';
import type { StudyMaterial } from './study';

/**
 * The lighting tool's share link (the shape every widget's link has: src/lib/share-link.ts),
 * a set-up in a URL query string, so a reader can share it:
 * ?az=-45&el=45&hard=70&src=studio&kk=5600&fill=card&side=right&fs=40&fk=5600&rim=0&air=none&pattern=rembrandt&surface=skin
 * Hardness and fill strength are written as whole percentages to keep links short.
 * `surface` is the study render's surface (one of studyMaterials); links from before it
 * existed have none and open on plaster, as they always did.
 */
export const lightingQueryKeys = ['az', 'el', 'hard', 'src', 'kk', 'fill', 'side', 'fs', 'fk', 'rim', 'air', 'pattern', 'surface'] as const;

/** The surface a link without one shows. */
export const DEFAULT_SURFACE: StudyMaterial = 'plaster';

/** What the lighting tool's link carries: the set-up and the surface the study render shows it on. */
export interface LightingLink {
  setup: LightingSetup;
  surface: StudyMaterial;
}

/** The set-up's keys alone (no surface): also the tag a study frame carries to say which set-up it shows. */
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

/** The tool's whole link query, without "?": the set-up and the surface. Always short enough for a link. */
export function lightingToQuery({ setup, surface }: LightingLink): string {
  return `${setupToQuery(setup)}&surface=${surface}`;
}
