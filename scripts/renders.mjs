// Writes the guide's still pictures: drives the lighting and lens tools of a production build in
// headless Chromium, waits for each full-quality study render, and saves it through sharp as a PNG
// in src/assets/renders/ (Astro turns each into AVIF and WebP, with the PNG as the fallback, at
// build time). Beside the pictures it writes renders.json: for each picture, the alt text and the
// settings the tool itself showed, and the link that opens the tool with those settings.
//
// Run after a build: `npm run build && npm run renders` (or DIST_DIR=<folder> npm run renders).
// Serves the build with `astro preview` on RENDERS_PORT (4333).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { fullFrame, launchChromium, root, servePreview } from './preview-browser.mjs';

const target = resolve(root, 'src/assets/renders');

/** A lighting set-up as the tool's share link writes it (src/lib/light/url.ts), without the surface. */
const light = (key, rest = {}) => {
  const setup = { az: -90, el: 15, hard: 80, src: 'studio', kk: 5600, fill: 'none', side: 'right', fs: 40, fk: 5600, rim: 0, air: 'none', pattern: 'none', ...key, ...rest };
  return `/tools/lighting/?${new URLSearchParams(Object.entries(setup).map(([k, v]) => [k, String(v)]))}`;
};
/**
 * A lighting still's whole link: its set-up and its surface (`surface`, last, as the tool writes
 * it), so the link opens the tool showing exactly what the still shows.
 */
const lightLink = (still) => `${still.url}&surface=${still.material ?? 'plaster'}`;
/** A lens state as the picker's share link writes it (src/lib/optics/state.ts); cmp adds the second lens of an A/B pair. */
const lens = (state) => {
  const full = { focal: 85, f: '1.8', widest: '1.8', distance: 2, sensor: 'full-frame', focus: 'eyes', blades: 7, rounded: 0, ...state };
  return `/tools/lens/?${new URLSearchParams(Object.entries(full).map(([k, v]) => [k, String(v)]))}`;
};

/** Every still: an id (its file name), the tool page with its settings, and for lighting stills the surface (one of studyMaterials; plaster if none). */
const stills = [
  { id: 'pattern-rembrandt', url: light({ az: -45, el: 45, hard: 70, pattern: 'rembrandt' }), material: 'plaster' },
  { id: 'pattern-loop', url: light({ az: -30, el: 30, hard: 50, fill: 'card', pattern: 'loop' }), material: 'plaster' },
  { id: 'pattern-butterfly', url: light({ az: 0, el: 50, hard: 30, src: 'soft-box', fill: 'card', side: 'below', pattern: 'butterfly' }), material: 'plaster' },
  { id: 'pattern-split', url: light({ az: -90, el: 10, hard: 80, pattern: 'split' }), material: 'plaster' },
  { id: 'hard-bare-light', url: light({ az: -45, el: 40, hard: 90 }), material: 'plaster' },
  { id: 'soft-soft-box', url: light({ az: -45, el: 40, hard: 20, src: 'soft-box' }), material: 'plaster' },
  { id: 'warm-tungsten', url: light({ az: -45, el: 30, hard: 60, kk: 2900 }), material: 'skin' },
  { id: 'cool-daylight', url: light({ az: -45, el: 30, hard: 60, kk: 7000 }), material: 'skin' },
  { id: 'falloff-bare-light', url: light({ az: -70, el: 20, hard: 80 }), material: 'skin' },
  { id: 'falloff-sun', url: light({ az: -70, el: 20, hard: 80, src: 'sun', kk: 5400 }), material: 'skin' },
  { id: 'mixed-tungsten-window', url: light({ az: -90, el: 20, hard: 50, kk: 2900, fill: 'window', fs: 50, fk: 6500 }), material: 'skin' },
  { id: 'subsurface-plaster', url: light({ az: -80, el: 20, hard: 60 }), material: 'plaster' },
  { id: 'subsurface-skin', url: light({ az: -80, el: 20, hard: 60 }), material: 'skin' },
  { id: 'flash-on-camera', url: light({ az: 0, el: 5, hard: 95, kk: 5500 }), material: 'skin' },
  { id: 'flash-off-camera', url: light({ az: -45, el: 40, hard: 95, kk: 5500 }), material: 'skin' },
  { id: 'key-height-10', url: light({ az: -40, el: 10, hard: 85 }), material: 'plaster' },
  { id: 'key-height-40', url: light({ az: -40, el: 40, hard: 85 }), material: 'plaster' },
  { id: 'key-height-70', url: light({ az: -40, el: 70, hard: 85 }), material: 'plaster' },
  { id: 'overcast-sky', url: light({ az: 0, el: 80, hard: 10, src: 'overcast', kk: 6500 }), material: 'skin' },
  { id: 'midday-sun', url: light({ az: -20, el: 75, hard: 95, src: 'sun', kk: 5400 }), material: 'skin' },
  { id: 'window-plaster', url: light({ az: -60, el: 20, hard: 30, src: 'window' }), material: 'plaster' },
  { id: 'window-glazed', url: light({ az: -60, el: 20, hard: 30, src: 'window' }), material: 'glazed' },
  { id: 'glazed-bare-light', url: light({ az: -45, el: 40, hard: 90, fill: 'card' }), material: 'glazed' },
  { id: 'glazed-soft-box', url: light({ az: -45, el: 40, hard: 20, src: 'soft-box', fill: 'card' }), material: 'glazed' },
  // The lighting tool's opening set-up: a plain visit shows this still until the reader changes something.
  { id: 'default-side-light', url: light({}), material: 'plaster' },
  { id: 'lens-85-f1.8', url: lens({}) },
  { id: 'lens-85-f8', url: lens({ f: '8' }) },
  { id: 'lens-85-f2.8-6-blades', url: lens({ f: '2.8', widest: '1.8', blades: 6 }) },
  { id: 'lens-85-f1.8-vs-35-f8', url: lens({ cmp: '35-8' }), compare: true },
  { id: 'lens-85-f2.8-vs-24-f2.8', url: lens({ f: '2.8', widest: '1.8', cmp: '24-2.8' }), compare: true },
];

const only = process.argv.slice(2);
const chosen = only.length ? stills.filter((s) => only.includes(s.id)) : stills;

const { origin, stop } = await servePreview(Number(process.env.RENDERS_PORT ?? 4333));
const browser = await launchChromium();
await mkdir(target, { recursive: true });
const manifestPath = resolve(target, 'renders.json');
const manifest = existsSync(manifestPath) ? JSON.parse(await readFile(manifestPath, 'utf8')) : {};

async function save(canvas, file) {
  const png = Buffer.from((await canvas.evaluate((c) => c.toDataURL('image/png'))).split(',')[1], 'base64');
  const image = sharp(png);
  const { width, height } = await image.metadata();
  await image.png({ compressionLevel: 9, palette: false }).toFile(resolve(target, file));
  return { width, height };
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  for (const still of chosen) {
    const lighting = still.url.startsWith('/tools/lighting/');
    const href = lighting ? lightLink(still) : still.url;
    await page.goto(`${origin}${href}`);
    if (lighting) {
      const canvas = page.locator('canvas[data-preview="light"]');
      await canvas.waitFor();
      // The frame carries the set-up (data-setup) and the surface (data-material) it shows.
      await fullFrame(canvas, { tag: { name: 'setup', value: still.url.split('?')[1] } });
      await fullFrame(canvas, { tag: { name: 'material', value: still.material ?? 'plaster' } });
      const size = await save(canvas, `${still.id}.png`);
      manifest[still.id] = {
        ...size,
        alt: await canvas.getAttribute('aria-label'),
        settings: (await page.getByTestId('light-prompt').textContent())?.trim(),
        surface: still.material ?? 'plaster',
        href,
      };
    } else {
      const canvases = page.locator('canvas[data-preview="lens"]');
      await canvases.first().waitFor();
      // A comparison's link (its cmp key) opens both pictures.
      if (still.compare) await canvases.nth(1).waitFor();
      const count = still.compare ? 2 : 1;
      const parts = [];
      for (let i = 0; i < count; i++) {
        const canvas = canvases.nth(i);
        await fullFrame(canvas, i === 0 ? { tag: { name: 'lens', value: still.url.split('?')[1] } } : {});
        const file = count === 1 ? `${still.id}.png` : `${still.id}-${'ab'[i]}.png`;
        parts.push({
          file,
          ...(await save(canvas, file)),
          alt: await canvas.getAttribute('aria-label'),
          settings: (await canvas.locator('xpath=following-sibling::figcaption').textContent())?.trim(),
        });
      }
      manifest[still.id] = count === 1 ? { ...parts[0], file: undefined, href: still.url } : { parts, href: still.url };
    }
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`${still.id}: written`);
  }
} finally {
  await browser.close();
  stop();
}
