import type { LightingSetup } from './setup';

/**
 * A set-up in a URL query string, so a reader can share it:
 * ?az=-45&el=45&hard=70&src=studio&kk=5600&fill=card&side=right&fs=40&fk=5600&rim=0&air=none&pattern=rembrandt
 * Hardness and fill strength are written as whole percentages to keep links short.
 */
export const lightingQueryKeys = ['az', 'el', 'hard', 'src', 'kk', 'fill', 'side', 'fs', 'fk', 'rim', 'air', 'pattern'] as const;

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
