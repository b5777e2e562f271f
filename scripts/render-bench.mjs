// Frame times of the two study renders, in headless Chromium against a production build: the
// median time from draw call to the GPU's fence for full frames (each renderer at its default
// size) and for the smaller drafts drawn while a control is dragged, plus the longest
// main-thread task seen while dragging (the page stays interactive when that stays short).
// Gates nothing: the numbers depend on the machine's GPU (headless Chromium without one draws
// with SwiftShader on the CPU, many times slower than any real graphics card).
//
// Run after a build: `node scripts/render-bench.mjs` (DIST_DIR picks the build; RENDER_BENCH_PORT, default 4334).
import { fullFrame, launchChromium, servePreview } from './preview-browser.mjs';

const FRAMES = Number(process.env.RENDER_BENCH_FRAMES ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** Reads the last frame's time once a new full frame has finished. */
async function nextFullFrameMs(canvas) {
  await fullFrame(canvas, { quietMs: 300 });
  return Number(await canvas.getAttribute('data-frame-ms'));
}

/** Time between key presses while "dragging": quicker than useDraft.s RAPID_MS, so the render stays in draft. */
const PRESS_EVERY_MS = 100;

/**
 * Presses keys on a slider at a drag's pace and records every frame that finishes meanwhile
 * (a MutationObserver on data-frame, so no frame is missed however long it takes), plus the
 * longest main-thread task. Sampling the canvas a fixed time after each press only ever saw
 * drafts quicker than that wait.
 */
async function drag(page, slider, canvas, presses) {
  await canvas.evaluate((c) => {
    window.__longest = 0;
    window.__finished = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => window.__finished.push({ quality: c.dataset.quality, ms: Number(c.dataset.frameMs), size: c.dataset.frameSize })).observe(c, {
      attributes: true,
      attributeFilter: ['data-frame'],
    });
  });
  await slider.focus();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 8 < 4 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(PRESS_EVERY_MS);
  }
  // Let the last draft finish (the full frame that follows is not counted).
  await page.waitForTimeout(PRESS_EVERY_MS);
  const { frames, longest } = await page.evaluate(() => ({ frames: window.__finished, longest: window.__longest }));
  const drafts = frames.filter((f) => f.quality === 'draft');
  return { drafts: drafts.map((f) => f.ms), draftSize: drafts[0]?.size ?? '', longestTaskMs: longest };
}

const { origin, stop } = await servePreview(Number(process.env.RENDER_BENCH_PORT ?? 4334));
const browser = await launchChromium();
const rows = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });

  await page.goto(`${origin}/tools/lighting/`);
  let canvas = page.locator('canvas[data-preview="light"]');
  const full = [await nextFullFrameMs(canvas)];
  const presets = page.locator('.light-setup').getByRole('button', { name: /^(Rembrandt|Split|Loop|Butterfly|Overcast)$/ });
  for (let i = 1; i < FRAMES; i++) {
    await presets.nth(i % (await presets.count())).click();
    full.push(await nextFullFrameMs(canvas));
  }
  // The size of the last full frame, before the drag: afterwards the last frame may be a draft.
  const size = await canvas.getAttribute('data-frame-size');
  const lightDrag = await drag(page, page.getByLabel('Direction (azimuth)'), canvas, 24);
  rows.push({ renderer: 'lighting study', size, full, ...lightDrag });

  await page.goto(`${origin}/tools/lens/`);
  canvas = page.locator('canvas[data-preview="lens"]').first();
  const lensFull = [await nextFullFrameMs(canvas)];
  const lensPresets = page.locator('.lens-picker').getByRole('button', { name: /mm/ });
  for (let i = 1; i < FRAMES; i++) {
    await lensPresets.nth(i % (await lensPresets.count())).click();
    lensFull.push(await nextFullFrameMs(canvas));
  }
  const lensSize = await canvas.getAttribute('data-frame-size');
  const lensDrag = await drag(page, page.getByRole('slider', { name: 'Aperture' }), canvas, 24);
  rows.push({ renderer: 'lens study', size: lensSize, full: lensFull, ...lensDrag });
} finally {
  await browser.close();
  stop();
}

const renderer = await (async () => {
  const probe = await launchChromium();
  const page = await probe.newPage();
  const name = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : 'no WebGL2';
  });
  await probe.close();
  return name;
})();

console.log(`\nStudy render frame times (GPU: ${renderer})`);
console.table(
  rows.map((r) => ({
    renderer: r.renderer,
    'full size': r.size,
    'median full frame (ms)': Math.round(median(r.full)),
    'draft size': r.draftSize || '–',
    'drafts seen': r.drafts.length,
    'median draft frame (ms)': r.drafts.length ? Math.round(median(r.drafts)) : 'none seen',
    'longest main-thread task while dragging (ms)': Math.round(r.longestTaskMs),
  })),
);
