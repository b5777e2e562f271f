// Profiles what a page runs on the main thread while it loads: for each path, a CPU profile of
// the load (Chromium's CDP Profiler, from navigation until the page has been quiet for a second)
// and the long tasks (over 50 ms) it ran. Build with source maps first (SOURCEMAP=1 npm run build)
// and the hottest functions are named as they are in src/.
//
//   npm run profile -- /tools/lens/ /tools/diff/   (DIST_DIR serves another build, CPU_SLOWDOWN=4 a phone's CPU)
//
// Prints, per page: main-thread script and task time, the long tasks and their blocking time
// (each task's time over 50 ms, as Total Blocking Time counts it), and the functions with the
// most self time. The machine's load changes the numbers; compare builds in one run.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { launchChromium, root, servePreview } from './preview-browser.mjs';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
if (paths.length === 0) paths.push('/tools/lens/', '/tools/diff/', '/tools/builder/', '/guide/light/');
const port = Number(process.env.PREVIEW_PORT ?? 4329);
const outDir = resolve(root, process.env.DIST_DIR ?? 'dist');
const QUIET_MS = 1000;
/** CPU_SLOWDOWN=4 slows the page's CPU as Lighthouse's mobile preset assumes a phone's is. */
const slowdown = Number(process.env.CPU_SLOWDOWN ?? 1);

const consumers = new Map();
function originalPosition(url, line, column) {
  const path = resolve(outDir, `.${new URL(url).pathname}`);
  if (!consumers.has(path)) consumers.set(path, existsSync(`${path}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8'))) : null);
  const consumer = consumers.get(path);
  const position = consumer?.originalPositionFor({ line: line + 1, column });
  if (!position?.source) return null;
  return `${position.name ?? '(anonymous)'} ${position.source.replace(/^.*?(src\/|node_modules\/)/, '$1')}:${position.line}`;
}

const { origin, stop } = await servePreview(port);
const browser = await launchChromium();
try {
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    let lastRequest = Date.now();
    page.on('request', () => (lastRequest = Date.now()));
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    while (Date.now() - lastRequest < QUIET_MS) await page.waitForTimeout(200);
    await page.waitForTimeout(QUIET_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
    const longTasks = await page.evaluate(() => window.__longTasks);

    // Self time per function, from the sample counts.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const counts = new Map();
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
    const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
    const self = new Map();
    for (const [id, count] of counts) {
      const { callFrame } = byId.get(id);
      if (!callFrame.url.startsWith(origin)) {
        if (callFrame.functionName === '(idle)') continue;
      }
      const name = callFrame.url.startsWith(origin)
        ? (originalPosition(callFrame.url, callFrame.lineNumber, callFrame.columnNumber) ?? `${callFrame.functionName || '(anonymous)'} ${new URL(callFrame.url).pathname}:${callFrame.lineNumber + 1}`)
        : `${callFrame.functionName || '(native)'} ${callFrame.url ? new URL(callFrame.url).pathname : ''}`.trim();
      self.set(name, (self.get(name) ?? 0) + count * interval);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
    const blocking = longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    console.log(`\n${path}: scripts ${metric('ScriptDuration')} ms, tasks ${metric('TaskDuration')} ms; ${longTasks.length} long tasks, ${blocking} ms over 50 ms`);
    for (const task of longTasks) console.log(`  long task at ${task.start} ms: ${task.duration} ms`);
    for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
