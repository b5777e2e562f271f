import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../scripts/site-links.mjs';

// A tiny built site for the base /sub, with one page of good links and one page of broken ones.
let dir = '';
const site = 'https://user.github.io';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'site-links-'));
  await mkdir(join(dir, 'tools/lens'), { recursive: true });
  await mkdir(join(dir, '_astro'), { recursive: true });
  await writeFile(join(dir, '_astro/app.js'), '');
  await writeFile(join(dir, 'tools/lens/index.html'), '<h2 id="depth">Depth</h2>');
  await writeFile(
    join(dir, 'index.html'),
    [
      '<a href="/sub/tools/lens/">lens</a>',
      '<a href="tools/lens/#depth">relative, with an anchor</a>',
      '<a href="https://example.com/elsewhere">external</a>',
      '<link rel="canonical" href="https://user.github.io/sub/">',
      '<astro-island component-url="/sub/_astro/app.js"></astro-island>',
      '<img srcset="/sub/_astro/app.js 1x, data:image/png;base64,AA 2x" alt="">',
      '<a href="/sub/tools/lens/?a=1&amp;b=2">query</a>',
    ].join('\n'),
  );
  await mkdir(join(dir, 'broken'));
  await writeFile(
    join(dir, 'broken/index.html'),
    [
      '<a href="/tools/lens/">missing the base</a>',
      '<a href="/sub/tools/lenz/">no such page</a>',
      '<a href="/sub/tools/lens/#focus">no such anchor</a>',
      '<script src="/_astro/app.js"></script>',
    ].join('\n'),
  );
  await writeFile(join(dir, 'sitemap-0.xml'), `<urlset><url><loc>${site}/sub/</loc></url><url><loc>${site}/sub/gone/</loc></url></urlset>`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkSiteLinks', () => {
  it('accepts good links and reports each broken one with its page', async () => {
    const { pages, problems } = await checkSiteLinks({ dir, base: '/sub', site });
    expect(pages).toBe(3);
    expect(problems.sort()).toEqual(
      [
        'broken/index.html href: /tools/lens/ is outside the base /sub/',
        'broken/index.html href: /sub/tools/lenz/ names no file of the build',
        'broken/index.html href: /sub/tools/lens/#focus names no id "focus" on that page',
        'broken/index.html src: /_astro/app.js is outside the base /sub/',
        `sitemap-0.xml: ${site}/sub/gone/ names no file of the build`,
      ].sort(),
    );
  });

  it('reads the same build as broken everywhere when served from the root', async () => {
    const { problems } = await checkSiteLinks({ dir, base: '/', site });
    expect(problems).toContain('index.html href: /sub/tools/lens/ names no file of the build');
  });
});
