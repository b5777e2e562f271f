// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';

// The public origin the sitemap and canonical links use. Override at build time with SITE_URL
// when deploying elsewhere; BASE_PATH serves the site under a sub-path (e.g. "/guide").
const site = process.env.SITE_URL ?? 'https://flux-photoreal.guide';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'FLUX Photoreal Guide',
      description:
        'How to write FLUX prompts that look like real photographs: skin, light, materials, depth and colour, with interactive tools and tested templates.',
      favicon: '/favicon.svg',
      lastUpdated: false,
      customCss: ['./src/styles/custom.css'],
      plugins: [starlightLinksValidator({ errorOnLocalLinks: true })],
      sidebar: [
        {
          label: 'Guide',
          items: [
            'guide/how-flux-reads-prompts',
            'guide/skin',
            'guide/light',
            'guide/materials',
            'guide/depth',
            'guide/color',
            'guide/scenes',
            'guide/macro',
            'guide/limits',
            'guide/workflow',
          ],
        },
        {
          label: 'Tools',
          items: ['tools/lighting', 'tools/lens', 'tools/diff', 'tools/builder'],
        },
        {
          label: 'Templates',
          items: [{ slug: 'templates', label: 'All templates' }],
        },
      ],
    }),
    react(),
  ],
});
