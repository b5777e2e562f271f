import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { defaultSetup, setupToQuery, type LightingSetup } from '../../src/lib/light';
import { projectStudyPoint, type StudyMaterial } from '../../src/lib/light/study';
import { lightingToQuery } from '../../src/lib/light/share';
import { defaultLensState, lensToQuery, type LensState } from '../../src/lib/optics';
import { comparisonState } from '../../src/lib/optics/study';
import { FRAME_TIMEOUT } from './support/fixtures';

/**
 * Pixel tests on the study renders: each reads the finished frame's pixels (not the widget's
 * state) and checks what a photographer would look for. Frames are ray-marched; in headless
 * Chromium without a GPU a full frame takes seconds, so the waits are for the frame's own
 * data-frame/data-quality attributes, with room for a slow machine.
 */
test.slow(() => true, 'each test waits for full frames of a ray-marched render');

const LIGHT_TOOL = '/tools/lighting/';
const LENS_TOOL = '/tools/lens/';

const setupWith = (key: Partial<LightingSetup['key']>, rest: Partial<LightingSetup> = {}): LightingSetup => ({
  ...defaultSetup,
  ...rest,
  key: { ...defaultSetup.key, ...key },
});

/** Opens the lighting tool on a shared set-up (and surface) and waits for the full-quality frame of exactly that. */
async function lightFrame(page: Page, setup: LightingSetup, surface: StudyMaterial = 'plaster'): Promise<Locator> {
  await page.goto(`${LIGHT_TOOL}?${lightingToQuery({ setup, surface })}`);
  const canvas = page.locator('canvas[data-preview="light"]');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-setup', setupToQuery(setup), { timeout: FRAME_TIMEOUT });
  await expect(canvas).toHaveAttribute('data-material', surface, { timeout: FRAME_TIMEOUT });
  await expect(canvas).toHaveAttribute('data-quality', 'full', { timeout: FRAME_TIMEOUT });
  return canvas;
}

type Rgb = [number, number, number];

/** A finished frame's pixels, as the canvas shows them (RGBA, top row first). */
interface Frame {
  width: number;
  height: number;
  rgb(x: number, y: number): Rgb;
}

/** Reads the canvas once (toDataURL, as the stills script does) and decodes it here. */
async function framePixels(canvas: Locator): Promise<Frame> {
  const png = Buffer.from((await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png'))).split(',')[1]!, 'base64');
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    rgb: (x, y) => {
      const i = (Math.round(y) * info.width + Math.round(x)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** Mean colour of the frame over a grid of scene points (in the render's units) across a face region. */
/** A committed still (src/assets/renders, written by npm run renders) matches a frame the renderer draws now, within 2 levels of 255 on average. */
async function expectStillMatches(drawn: Frame, still: string): Promise<void> {
  const file = await sharp(new URL(`../../src/assets/renders/${still}`, import.meta.url).pathname).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([file.info.width, file.info.height]).toEqual([drawn.width, drawn.height]);
  let difference = 0;
  for (let y = 0; y < drawn.height; y += 4) {
    for (let x = 0; x < drawn.width; x += 4) {
      const i = (y * drawn.width + x) * 4;
      const [r, g, b] = drawn.rgb(x, y);
      difference += Math.abs(r - file.data[i]!) + Math.abs(g - file.data[i + 1]!) + Math.abs(b - file.data[i + 2]!);
    }
  }
  expect(difference / ((drawn.width / 4) * (drawn.height / 4) * 3), 'mean difference per channel, of 255').toBeLessThan(2);
}

async function regionColour(canvas: Locator, region: { x: [number, number]; y: [number, number]; z: number }): Promise<Rgb> {
  const frame = await framePixels(canvas);
  const sum: Rgb = [0, 0, 0];
  let count = 0;
  for (let x = region.x[0]; x <= region.x[1] + 1e-9; x += 0.05) {
    for (let y = region.y[0]; y <= region.y[1] + 1e-9; y += 0.05) {
      const at = projectStudyPoint({ x, y, z: region.z }, frame.width, frame.height);
      const [r, g, b] = frame.rgb(at.x, at.y);
      sum[0] += r;
      sum[1] += g;
      sum[2] += b;
      count++;
    }
  }
  return sum.map((v) => v / count) as Rgb;
}

/** How many pixels inside a box of the scene (its corners projected onto the frame) are near-white: every channel at least 90 % of full. */
async function nearWhitePixels(canvas: Locator, box: { x: [number, number]; y: [number, number]; z: number }): Promise<number> {
  const frame = await framePixels(canvas);
  const from = projectStudyPoint({ x: box.x[0], y: box.y[1], z: box.z }, frame.width, frame.height);
  const to = projectStudyPoint({ x: box.x[1], y: box.y[0], z: box.z }, frame.width, frame.height);
  let count = 0;
  for (let y = Math.round(from.y); y <= Math.round(to.y); y++) {
    for (let x = Math.round(from.x); x <= Math.round(to.x); x++) if (Math.min(...frame.rgb(x, y)) >= 230) count++;
  }
  return count;
}

const luma = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
/** The face's halves as the camera sees them: frame left is −x. */
const leftHalf = { x: [-0.5, -0.15] as [number, number], y: [-0.6, 0.3] as [number, number], z: 0.8 };
const rightHalf = { x: [0.15, 0.5] as [number, number], y: [-0.6, 0.3] as [number, number], z: 0.8 };

test.describe('lighting study render', () => {
  test('a plain visit shows the committed still of the opening set-up and draws nothing; the still is what the renderer draws', async ({ page }) => {
    await page.goto(LIGHT_TOOL);
    const still = page.locator('img[data-still="light"]');
    await expect(still).toBeVisible();
    const canvas = page.locator('canvas[data-preview="light"]');
    await expect(page.locator('.light-setup[data-ready="true"]')).toBeAttached();
    await expect(canvas).not.toHaveAttribute('data-frame', /.*/);
    // The reader's first change draws a frame, and the still gives way to it.
    await page.getByRole('combobox', { name: 'Surface' }).selectOption({ label: 'Skin' });
    await expect(canvas).toHaveAttribute('data-quality', 'full', { timeout: FRAME_TIMEOUT });
    await expect(still).toHaveCount(0);

    // The still is the opening set-up as this renderer draws it (npm run renders writes it).
    const drawn = await framePixels(await lightFrame(page, defaultSetup));
    await expectStillMatches(drawn, 'default-side-light.png');
  });

  test('a key from the left lights the left half of the face, from the right the right half', async ({ page }) => {
    let canvas = await lightFrame(page, setupWith({ azimuth: -90 }));
    const fromLeft = { left: luma(await regionColour(canvas, leftHalf)), right: luma(await regionColour(canvas, rightHalf)) };
    expect(fromLeft.left).toBeGreaterThan(fromLeft.right * 1.5);

    canvas = await lightFrame(page, setupWith({ azimuth: 90 }));
    const fromRight = { left: luma(await regionColour(canvas, leftHalf)), right: luma(await regionColour(canvas, rightHalf)) };
    expect(fromRight.right).toBeGreaterThan(fromRight.left * 1.5);
  });

  test('a 2,000 K key makes the face warmer (more red to blue) than 6,500 K', async ({ page }) => {
    const face = { x: [-0.45, 0.45] as [number, number], y: [-0.6, 0.3] as [number, number], z: 0.8 };
    const redToBlue = (c: Rgb) => c[0] / Math.max(1, c[2]);
    const warm = redToBlue(await regionColour(await lightFrame(page, setupWith({ azimuth: -45, elevation: 30, kelvin: 2000 })), face));
    const cool = redToBlue(await regionColour(await lightFrame(page, setupWith({ azimuth: -45, elevation: 30, kelvin: 6500 })), face));
    expect(warm).toBeGreaterThan(cool * 1.3);
  });

  test('a soft box draws a wider shadow edge under the nose than a bare studio light in the same place', async ({ page }) => {
    /** Samples straight down beside the philtrum, from under the nose tip to the upper lip. */
    async function edgeWidth(source: LightingSetup['key']['source']): Promise<number> {
      const canvas = await lightFrame(page, setupWith({ source, azimuth: 0, elevation: 40, hardness: 0.7 }));
      const profile: number[] = [];
      for (let y = -0.3; y >= -0.52; y -= 0.01) profile.push(luma(await regionColour(canvas, { x: [0.05, 0.05], y: [y, y], z: 0.9 })));
      // Below the darkest point of the nose's shadow, the edge: how far from 10 % to 90 % of the
      // way from the shadow up to the lit lip (the umbra's own length does not count).
      const darkest = profile.indexOf(Math.min(...profile));
      const after = profile.slice(darkest);
      const floor = profile[darkest]!;
      const rise = Math.max(...after) - floor;
      return after.findIndex((v) => v >= floor + 0.9 * rise) - after.findIndex((v) => v > floor + 0.1 * rise);
    }
    const bare = await edgeWidth('studio');
    const softBox = await edgeWidth('soft-box');
    // Both edges found (a negative width would mean the lip never lit up), the soft box's wider by 3 mm or more.
    expect(bare).toBeGreaterThanOrEqual(0);
    expect(softBox).toBeGreaterThanOrEqual(bare + 3);
  });

  test('Rembrandt light leaves a lit patch on the shadow-side cheek, brighter than the shadow round it', async ({ page }) => {
    const canvas = await lightFrame(page, setupWith({ azimuth: -45, elevation: 45, hardness: 0.7 }, { pattern: 'rembrandt' }));
    // The key is on the frame's left: the shadow side is frame right (+x). The patch is the lit
    // triangle under that eye, between the nose's shadow and the cheek's.
    const patch = luma(await regionColour(canvas, { x: [0.15, 0.27], y: [-0.16, -0.04], z: 0.8 }));
    const outerCheek = luma(await regionColour(canvas, { x: [0.42, 0.52], y: [-0.3, -0.1], z: 0.7 }));
    const belowPatch = luma(await regionColour(canvas, { x: [0.2, 0.3], y: [-0.55, -0.45], z: 0.8 }));
    // Beside the patch, where the cheek turns away toward the ear, and the same place on the lit side.
    const besidePatch = luma(await regionColour(canvas, { x: [0.4, 0.55], y: [-0.1, 0.05], z: 0.65 }));
    const litSide = luma(await regionColour(canvas, { x: [-0.55, -0.4], y: [-0.1, 0.05], z: 0.65 }));
    expect(patch).toBeGreaterThan(outerCheek * 1.4);
    expect(patch).toBeGreaterThan(belowPatch * 1.4);
    // A shadow side, not a face lit all across: the cheek beside the patch is dark, and the patch stands out from it.
    expect(besidePatch).toBeLessThan(litSide * 0.4);
    expect(patch).toBeGreaterThan(besidePatch * 2);
  });

  test('butterfly light leaves a shadow under the nose, darker than the lip and cheeks beside it', async ({ page }) => {
    // As the guide's butterfly picture: a soft box high above the camera, a white card below.
    const canvas = await lightFrame(
      page,
      setupWith({ source: 'soft-box', azimuth: 0, elevation: 50, hardness: 0.3 }, { fill: { ...defaultSetup.fill, kind: 'card', side: 'below', strength: 0.4 }, pattern: 'butterfly' }),
    );
    const underNose = luma(await regionColour(canvas, { x: [-0.03, 0.03], y: [-0.42, -0.38], z: 0.95 }));
    const lipSides = luma(await regionColour(canvas, { x: [0.15, 0.22], y: [-0.42, -0.38], z: 0.9 }));
    const cheeks = luma(await regionColour(canvas, { x: [0.3, 0.4], y: [-0.42, -0.38], z: 0.8 }));
    expect(underNose).toBeLessThan(lipSides * 0.8);
    expect(underNose).toBeLessThan(cheeks * 0.8);
  });

  test('a rim light draws a bright edge along the head and neck on the side away from the key', async ({ page }) => {
    // Key from the front left: the rim comes from behind on the right (frame right is +x).
    // Bands just inside the right-hand outline (the back of the skull at x ≈ 0.77, the neck at
    // x ≈ 0.43), and the backdrop just beyond the skull's outline.
    const headEdge = { x: [0.7, 0.76] as [number, number], y: [0.55, 0.65] as [number, number], z: -0.15 };
    const besideHead = { x: [0.82, 0.9] as [number, number], y: [0.55, 0.65] as [number, number], z: -0.15 };
    const neckEdge = { x: [0.38, 0.42] as [number, number], y: [-1.4, -1.2] as [number, number], z: -0.22 };
    const key = { azimuth: -45, elevation: 40, hardness: 0.7 };
    let canvas = await lightFrame(page, setupWith(key));
    const off = { head: luma(await regionColour(canvas, headEdge)), neck: luma(await regionColour(canvas, neckEdge)) };
    canvas = await lightFrame(page, setupWith(key, { rim: true }));
    const on = { head: luma(await regionColour(canvas, headEdge)), neck: luma(await regionColour(canvas, neckEdge)) };
    expect(on.head).toBeGreaterThan(off.head * 1.5 + 20);
    expect(on.neck).toBeGreaterThan(off.neck * 1.5 + 20);
    // An outline reads only against a darker ground: the rim lights the edge, not the backdrop behind it.
    expect(on.head).toBeGreaterThan(luma(await regionColour(canvas, besideHead)) * 1.3);
  });

  test('on the glazed surface a soft box makes a larger bright highlight than a bare light in the same place', async ({ page }) => {
    const face = { x: [-0.6, 0.6] as [number, number], y: [-0.8, 0.8] as [number, number], z: 0.8 };
    const place = { azimuth: -45, elevation: 40, hardness: 0.7 };
    const bare = await nearWhitePixels(await lightFrame(page, setupWith({ ...place, source: 'studio' }), 'glazed'), face);
    const softBox = await nearWhitePixels(await lightFrame(page, setupWith({ ...place, source: 'soft-box' }), 'glazed'), face);
    // Both show a highlight (a mirror image of the source); the soft box's covers more of the face.
    expect(bare).toBeGreaterThan(0);
    expect(softBox).toBeGreaterThan(bare * 2);
  });

  test('says it is a render, not a FLUX image; a link opens it on skin, and a switch to plaster goes into the link', async ({ page }) => {
    // The link opens on skin straight away (no select needed), and skin is warm where it is lit.
    const canvas = await lightFrame(page, defaultSetup, 'skin');
    await expect(page.getByText('A render of the set-up, not a FLUX image.')).toBeVisible();
    await expect(page.getByLabel('Surface')).toHaveValue('skin');
    const skin = await regionColour(canvas, leftHalf);
    expect(skin[0] / skin[2]).toBeGreaterThan(1.3);
    // Plaster is grey: under the same light, far less red to blue than skin.
    await page.getByLabel('Surface').selectOption('plaster');
    await expect(canvas).toHaveAttribute('data-material', 'plaster', { timeout: FRAME_TIMEOUT });
    await expect(canvas).toHaveAttribute('data-quality', 'full', { timeout: FRAME_TIMEOUT });
    const plaster = await regionColour(canvas, leftHalf);
    expect(skin[0] / skin[2]).toBeGreaterThan((plaster[0] / plaster[2]) * 1.15);
    await expect(page).toHaveURL(/[?&]surface=plaster(&|$)/);
  });

  test('opened from a link, the first frame drawn is the linked set-up, not the default', async ({ page }) => {
    // Every set-up a frame is tagged with, in the order the frames finish, from the first one on.
    await page.addInitScript(() => {
      const tags: string[] = [];
      (window as unknown as { __frameSetups: string[] }).__frameSetups = tags;
      new MutationObserver((records) => {
        for (const record of records) {
          const canvas = record.target as HTMLCanvasElement;
          if (record.attributeName === 'data-frame' && canvas.dataset.setup) tags.push(canvas.dataset.setup);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-frame'] });
    });
    const rembrandt = setupWith({ azimuth: -45, elevation: 45, hardness: 0.7 }, { pattern: 'rembrandt' });
    await lightFrame(page, rembrandt);
    const drawn = await page.evaluate(() => (window as unknown as { __frameSetups: string[] }).__frameSetups);
    expect(drawn.length).toBeGreaterThan(0);
    expect(new Set(drawn)).toEqual(new Set([setupToQuery(rembrandt)]));
  });

  test('the picture never goes blank: drafts while a slider moves, then the full frame drawn over the last one', async ({ page }) => {
    const canvas = await lightFrame(page, defaultSetup);
    // From here on, the darkest the picture gets on any painted frame (mean of its pixels, 0–255).
    await canvas.evaluate((c: HTMLCanvasElement) => {
      const copy = document.createElement('canvas');
      copy.width = 32;
      copy.height = 40;
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      const record = window as unknown as { __darkest: number };
      record.__darkest = 255;
      const sample = () => {
        context.drawImage(c, 0, 0, copy.width, copy.height);
        const { data } = context.getImageData(0, 0, copy.width, copy.height);
        let sum = 0;
        for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
        record.__darkest = Math.min(record.__darkest, sum / (data.length / 4));
        requestAnimationFrame(sample);
      };
      sample();
    });
    const settled = await page.evaluate(() => (window as unknown as { __darkest: number }).__darkest);
    await page.getByRole('slider', { name: 'Direction (azimuth)' }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(canvas).toHaveAttribute('data-quality', 'draft', { timeout: FRAME_TIMEOUT });
    await expect(canvas).toHaveAttribute('data-quality', 'full', { timeout: FRAME_TIMEOUT });
    await expect(canvas).toHaveAttribute('data-frame-size', `${await canvas.evaluate((c: HTMLCanvasElement) => `${c.width}×${c.height}`)}`);
    // The grey backdrop and the lit face, not a black canvas, on every frame painted meanwhile.
    const darkest = await page.evaluate(() => (window as unknown as { __darkest: number }).__darkest);
    expect(darkest).toBeGreaterThan(settled * 0.6);
  });
});

test('without WebGL2 the lighting tool says why and shows the simpler drawing of the same set-up', async ({ page }) => {
  await page.addInitScript(() => {
    // As in a browser without WebGL2.
    Reflect.deleteProperty(window, 'WebGL2RenderingContext');
  });
  await page.goto(`${LIGHT_TOOL}?${setupToQuery(setupWith({ azimuth: 90 }))}`);
  await page.locator('.light-setup').scrollIntoViewIfNeeded();
  await expect(page.getByText('The 3D render needs WebGL2, and this browser does not support WebGL2')).toBeVisible();
  await expect(page.getByTestId('light-preview')).toBeVisible();
  await expect(page.locator('canvas[data-preview="light"]')).toHaveCount(0);
  // The drawing is painted, lit from the right: its right half is the brighter.
  await expect
    .poll(() =>
      page.getByTestId('light-preview').evaluate((element) => {
        const canvas = element as HTMLCanvasElement;
        const { data, width } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let balance = 0;
        for (let i = 0; i < data.length; i += 4) balance += ((i / 4) % width < width / 2 ? -1 : 1) * data[i]!;
        return balance;
      }),
    )
    .toBeGreaterThan(0);
  await expect(page.getByTestId('light-prompt')).toHaveText('strong side light from the right');
});

/** Opens the lens tool on a shared state and waits for the full-quality frame of it. */
async function lensFrame(page: Page, state: LensState, side: 'a' | 'b' = 'a'): Promise<Locator> {
  const canvas = page.locator(`canvas[data-preview="lens"][data-side="${side}"]`);
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-lens', lensToQuery(state), { timeout: FRAME_TIMEOUT });
  await expect(canvas).toHaveAttribute('data-quality', 'full', { timeout: FRAME_TIMEOUT });
  return canvas;
}

/** Luminance rows of the frame's top third (street only, above the person's head). */
async function streetRows(canvas: Locator): Promise<{ width: number; rows: number[][] }> {
  const frame = await framePixels(canvas);
  const rows: number[][] = [];
  for (let y = 0; y < Math.floor(frame.height / 3); y++) {
    const row: number[] = [];
    for (let x = 0; x < frame.width; x++) row.push(luma(frame.rgb(x, y)));
    rows.push(row);
  }
  return { width: frame.width, rows };
}

/** Variance of the Laplacian: the usual sharpness measure (blur lowers it). */
function laplacianVariance(rows: number[][]): number {
  const values: number[] = [];
  for (let y = 1; y < rows.length - 1; y++) {
    for (let x = 1; x < rows[y]!.length - 1; x++) {
      values.push(rows[y - 1]![x]! + rows[y + 1]![x]! + rows[y]![x - 1]! + rows[y]![x + 1]! - 4 * rows[y]![x]!);
    }
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
}

/** How many pixels show the street's round green neon sign (0.5 m across): its size in the frame. */
async function signPixels(canvas: Locator): Promise<number> {
  const frame = await framePixels(canvas);
  let count = 0;
  for (let y = 0; y < frame.height; y++) {
    for (let x = 0; x < frame.width; x++) {
      const [r, g, b] = frame.rgb(x, y);
      if (g > 90 && g > 1.6 * r && g > b) count++;
    }
  }
  return count;
}

/**
 * Pixels lit warm-bright (luminance over 110, more red than blue) low in the frame's left half,
 * where the foreground bulbs hang in front of the person's shoulder and the dark foot of the
 * street: nothing else there is bright.
 */
async function lowerLeftLights(canvas: Locator): Promise<number> {
  const frame = await framePixels(canvas);
  const [x0, y0] = [Math.floor(frame.width * 0.12), Math.floor(frame.height * 0.8)];
  const [x1, y1] = [x0 + Math.floor(frame.width * 0.28), y0 + Math.floor(frame.height * 0.2)];
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const [r, g, b] = frame.rgb(x, y);
      if ((r + g + b) / 3 > 110 && r > b) count++;
    }
  }
  return count;
}

test.describe('lens study render', () => {
  test('a plain visit shows the committed still of the default set-up and draws nothing; the still is what the renderer draws', async ({ page }) => {
    await page.goto(LENS_TOOL);
    await page.locator('[data-lens-picker][data-ready="true"]').scrollIntoViewIfNeeded();
    const still = page.locator('img[data-still="lens"]');
    await expect(still).toBeVisible();
    const canvas = page.locator('canvas[data-preview="lens"][data-side="a"]');
    await expect(canvas).not.toHaveAttribute('data-frame', /.*/);
    // The reader's first change draws a frame, and the still gives way to it (not to a black box before it).
    await page.getByRole('combobox', { name: 'Aperture', exact: true }).selectOption({ label: 'f/8' });
    await expect(canvas).toHaveAttribute('data-frame', /.+/, { timeout: FRAME_TIMEOUT });
    await expect(still).toHaveCount(0);

    // The still is the default set-up as this renderer draws it (npm run renders writes it).
    await page.goto(`${LENS_TOOL}?${lensToQuery(defaultLensState)}`);
    const drawn = await framePixels(await lensFrame(page, defaultLensState));
    await expectStillMatches(drawn, 'lens-85-f1.8.png');
  });

  test('f/1.8 leaves the street less sharp than f/11', async ({ page }) => {
    const wide = { ...defaultLensState };
    await page.goto(`${LENS_TOOL}?${lensToQuery(wide)}`);
    const open = laplacianVariance((await streetRows(await lensFrame(page, wide))).rows);
    const stopped = { ...defaultLensState, fNumber: 11 };
    await page.goto(`${LENS_TOOL}?${lensToQuery(stopped)}`);
    const closed = laplacianVariance((await streetRows(await lensFrame(page, stopped))).rows);
    expect(closed).toBeGreaterThan(open * 2);
  });

  test('f/1.8 spreads the bulbs in the foreground into discs; f/11 keeps them points', async ({ page }) => {
    const wide = { ...defaultLensState };
    await page.goto(`${LENS_TOOL}?${lensToQuery(wide)}`);
    const open = await lowerLeftLights(await lensFrame(page, wide));
    const stopped = { ...defaultLensState, fNumber: 11 };
    await page.goto(`${LENS_TOOL}?${lensToQuery(stopped)}`);
    const closed = await lowerLeftLights(await lensFrame(page, stopped));
    expect(closed).toBeGreaterThan(0);
    expect(open).toBeGreaterThan(closed * 3);
  });

  test('85 mm shows the street larger than 35 mm framing the person the same', async ({ page }) => {
    const long = { ...defaultLensState, fNumber: 8, maxFNumber: 1.8 };
    await page.goto(`${LENS_TOOL}?${lensToQuery(long)}`);
    // The first frame means the island has hydrated, so the select below is React's.
    const longSign = await signPixels(await lensFrame(page, long, 'a'));
    await page.getByLabel('Compare with').selectOption('35-8');
    const wideSign = await signPixels(await lensFrame(page, comparisonState(long, 35, 8), 'b'));
    expect(wideSign).toBeGreaterThan(50);
    // The sign's area grows with the square of its size in the frame: about (2.2)² here.
    expect(longSign).toBeGreaterThan(wideSign * 2.5);
    await expect(page.getByText('A render of the set-up, not a FLUX image', { exact: false })).toBeVisible();
  });
});
