import { sitePath } from '../links';

/** The builder's address for a template, respecting the site's base path. */
export function builderHref(templateId: string): string {
  return `${sitePath('/tools/builder/')}?template=${encodeURIComponent(templateId)}`;
}
