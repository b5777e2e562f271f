// Shared by the scripts that drive a production build in Chromium (renders.mjs, render-bench.mjs):
// serve the build with `astro preview` and launch the same Chromium the browser tests use.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Serves DIST_DIR (default dist/) on `port`; resolves with its origin and a stop function once it answers. */
export async function servePreview(port) {
  const outDir = resolve(root, process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`${outDir}/index.html not found: run \`npm run build\` first`);
  const origin = `http://localhost:${port}`;
  const server = spawn(resolve(root, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', 'localhost', '--outDir', outDir, '--ignore-lock'], {
    cwd: root,
    stdio: 'ignore',
  });
  // A busy machine can take most of a minute to start the server.
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${origin}`);
}

/** Chromium: $CHROMIUM_PATH, else Debian's, else Playwright's own (as playwright.config.ts). */
export function launchChromium() {
  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Waits until a study canvas shows a full-quality frame with no newer frame for `quietMs`, and,
 * when `tag` is given, a frame of exactly that state (e.g. { name: 'setup', value: query }): the
 * page draws its default first and the shared settings a moment later.
 * Frames are ray-marched; without a GPU one can take seconds, hence the long default timeout.
 */
export async function fullFrame(canvas, { quietMs = 1500, timeoutMs = 240_000, tag = null } = {}) {
  // Islands hydrate when scrolled near; scroll without waiting for the page to be still.
  await canvas.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await canvas.evaluate(
    async (element, { quietMs, timeoutMs, tag }) => {
      const started = Date.now();
      let seen = '';
      let since = Date.now();
      while (Date.now() - started < timeoutMs) {
        const now = `${element.dataset.frame}/${element.dataset.quality}`;
        if (now !== seen) {
          seen = now;
          since = Date.now();
        } else if (element.dataset.quality === 'full' && Date.now() - since > quietMs && (!tag || element.dataset[tag.name] === tag.value)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the render did not finish a full frame');
    },
    { quietMs, timeoutMs, tag },
  );
}
