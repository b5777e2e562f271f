import type { Pillar } from '../../lib';
import { sitePath } from '../links';

/** How a pillar is named on screen (the ids stay short in data and URLs). */
export const pillarLabels: Record<Pillar, string> = {
  skin: 'Skin',
  light: 'Light',
  material: 'Materials',
  lens: 'Lens and depth',
  color: 'Colour',
  scene: 'Scenes',
  macro: 'Macro and product',
  text: 'Text in the image',
  camera: 'Camera, film and framing',
};

/** The builder's address for a template, respecting the site's base path. */
export function builderHref(templateId: string): string {
  return `${sitePath('/tools/builder/')}?template=${encodeURIComponent(templateId)}`;
}
