// Lighthouse (mobile preset) once on every page of the built site's sitemap: prints the four
// category scores and writes them to bench-results/lighthouse.json and lighthouse.md. It gates
// nothing: on a shared 2-core machine one page's performance score moves by several hundredths
// from run to run, so compare runs made on a quiet machine. `npm run bench` builds first.
// Serves the build (dist/, or DIST_DIR) with `astro preview` on LIGHTHOUSE_PORT (4329).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4329);
const origin = `http://localhost:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const sitemap = await readFile(resolve(outDir, 'sitemap-0.xml'), 'utf8').catch(() => {
  throw new Error(`${outDir}/sitemap-0.xml not found: run \`npm run build\` first`);
});
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

const server = spawn(resolve(root, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', 'localhost', '--outDir', outDir, '--ignore-lock'], {
  cwd: root,
  stdio: 'ignore',
});
const rows = [];
let chrome;
let version = '';
try {
  await waitForServer();
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  for (const path of paths) {
    const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    version = lhr.lighthouseVersion;
    const row = { path };
    for (const id of categories) row[id] = lhr.categories[id]?.score ?? null;
    // Total Blocking Time, the budget every page is held to (under 50 ms), as Lighthouse simulates it.
    row.tbtMs = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
    // What kept a category below 1, so a reader of the table knows where to look.
    row.below = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && categories.some((id) => lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
      .map((audit) => audit.id)
      .join(', ');
    rows.push(row);
    console.log(`${path}: ${categories.map((id) => `${id} ${row[id]}`).join(', ')}, TBT ${row.tbtMs} ms${row.below ? ` (${row.below})` : ''}`);
  }
} finally {
  chrome?.kill();
  server.kill();
}

const measuredAt = new Date().toISOString();
const table = [
  `Lighthouse ${version} (mobile preset), one run per page, ${measuredAt}`,
  '',
  `| Page | ${categories.join(' | ')} | TBT (ms) | audits below 0.9 |`,
  `|---|${categories.map(() => '---').join('|')}|---|---|`,
  ...rows.map((row) => `| ${row.path} | ${categories.map((id) => row[id]).join(' | ')} | ${row.tbtMs} | ${row.below} |`),
  '',
].join('\n');
await mkdir(resolve(root, 'bench-results'), { recursive: true });
await writeFile(resolve(root, 'bench-results/lighthouse.json'), JSON.stringify({ measuredAt, pages: rows }, null, 2));
await writeFile(resolve(root, 'bench-results/lighthouse.md'), table);
console.log(`\n${table}\nWritten to bench-results/lighthouse.md and lighthouse.json.`);

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`astro preview did not answer on ${origin}`);
}
