// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';
import cspInlineHashes from './integrations/csp-inline-hashes.mjs';
import basePathLinks from './integrations/base-path-links.mjs';
import { fileURLToPath } from 'node:url';
import { checkLibraryData } from './src/lib/checks.ts';

// The fragment catalogue, templates, models and lighting table are validated here, once per
// build (and dev server, and `astro check`), so the browser gets the data without its schemas.
checkLibraryData();

// The public origin the sitemap and canonical links use. Override at build time with SITE_URL
// when deploying elsewhere; BASE_PATH serves the site under a sub-path (e.g. "/flux-guide"; see docs/deploy.md).
const site = process.env.SITE_URL ?? 'https://flux-photoreal.guide';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  vite: {
    // SOURCEMAP=1 builds with source maps, so a CPU profile of a page names the functions
    // (scripts/profile-load.mjs, docs/performance.md).
    build: { sourcemap: process.env.SOURCEMAP === '1' },
    resolve: {
      // Starlight's search imports Pagefind's UI when the browser is idle; this module loads it
      // when the reader reaches for the search instead (see the module for why).
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/components/search/pagefind-ui-on-demand.ts', import.meta.url)),
        },
      ],
    },
  },
  // A Content-Security-Policy on every page (a <meta> tag; static hosts can also send it as a header).
  // Astro hashes every script and style it renders, so no 'unsafe-inline' or 'unsafe-eval' for scripts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // blob: shows the reader's own pictures on /tools/experiments/ from memory (object URLs), never from a server.
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Style *attributes* (React's style prop for computed colours, Starlight's own) are allowed;
      // style elements and sheets still need 'self' or a hash.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: 'FLUX Photoreal Guide',
      description:
        'How to write FLUX prompts that look like real photographs: skin, light, materials, depth and colour, with interactive tools and checked templates.',
      favicon: '/favicon.svg',
      lastUpdated: false,
      customCss: ['./src/styles/custom.css'],
      // Code and prompt blocks wrap instead of scrolling sideways: a phone reader sees the whole
      // line, and no block is a scroll region that needs a tab stop (Expressive Code adds one
      // from a script after load, which a page checked at once does not have yet).
      expressiveCode: { defaultProps: { wrap: true } },
      // The home page opens with a picture beside its title (the hero's image slot takes only a file).
      components: { Hero: './src/components/figures/Hero.astro' },
      // basePathLinks: the articles' root-relative links carry BASE_PATH, so the validator checks them as published.
      plugins: [basePathLinks(), starlightLinksValidator({ errorOnLocalLinks: true })],
      sidebar: [
        {
          label: 'Guide',
          items: [
            // A reading order that builds: the workflow early (every chapter's checks use it),
            // light before colour and skin (both depend on it), the camera after depth.
            'guide/how-flux-reads-prompts',
            'guide/models',
            'guide/workflow',
            'guide/light',
            'guide/atmosphere',
            'guide/color',
            'guide/skin',
            'guide/materials',
            'guide/depth',
            'guide/camera',
            'guide/scenes',
            'guide/macro',
            'guide/limits',
          ],
        },
        {
          label: 'Tools',
          items: ['tools/upgrade', 'tools/lighting', 'tools/lens', 'tools/diff', 'tools/builder', 'tools/experiments'],
        },
        {
          label: 'Templates and phrases',
          items: [
            { slug: 'templates', label: 'All templates' },
            { slug: 'phrases', label: 'Phrase book' },
          ],
        },
        { slug: 'about', label: 'About this guide' },
      ],
    }),
    react(),
    cspInlineHashes(),
  ],
});
