/**
 * What the ops room's heap keeps as a drill's events arrive: heap snapshots of an open /ops (Debian's
 * Chromium, CDP HeapProfiler) when the drill starts and when it ends, and of a fresh /ops on the final
 * data, diffed by class, with the retainer paths of the objects allocated in between that are still alive.
 *
 *   pnpm --filter @election-ops/tests exec tsx bench/ops-heap.ts [--drill-speed 300]
 *   pnpm --filter @election-ops/tests exec tsx bench/ops-heap.ts --diff before.heapsnapshot after.heapsnapshot
 *
 * Needs `pnpm build` first. Snapshots and the report go to bench-results/ops-heap-<time>/.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { diffSummaries, newCompiledCodeByScript, newObjectRetainers, readSnapshot, summarize } from './lib/heap-snapshot.js';
import { heapSamplesWhile, opsShown, withObserverPage } from './lib/ops-page.js';
import { RESULTS_DIR } from './lib/results.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DRILL = `${root}/server/dist/drill/main.js`;

/** A heap snapshot of the page after a forced GC, written to `file`. */
async function snapshot(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.send('HeapProfiler.disable');
  await cdp.detach();
  writeFileSync(file, chunks.join(''));
}

async function openOps(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/ops`);
  await opsShown(page);
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** The report: class growth from `a` to `b` (and `b` against a fresh page `c`), then who retains what is new. */
function report(a: string, b: string, c?: string): string {
  const [sa, sb] = [readSnapshot(a), readSnapshot(b)];
  const [ra, rb] = [summarize(sa), summarize(sb)];
  const total = (r: ReturnType<typeof summarize>, native = false) =>
    [...r.values()].filter((x) => x.className.startsWith('(native)') === native).reduce((n, x) => n + x.bytes, 0);
  // Compiled code (bytecode, feedback, machine code) warms up with the page; the rest is the page's data.
  const split = (r: ReturnType<typeof summarize>) => {
    const v8 = [...r.values()].filter((x) => !x.className.startsWith('(native)'));
    const code = v8.filter((x) => x.className.startsWith('(compiled code)')).reduce((n, x) => n + x.bytes, 0);
    return { code, rest: v8.reduce((n, x) => n + x.bytes, 0) - code };
  };
  const [pa, pb] = [split(ra), split(rb)];
  const lines = [
    `live objects in the V8 heap: ${kb(total(ra))} → ${kb(total(rb))}; Blink's (native): ${kb(total(ra, true))} → ${kb(total(rb, true))}`,
    `of the V8 heap, compiled code: ${kb(pa.code)} → ${kb(pb.code)}; everything else (the page's objects, strings, arrays): ${kb(pa.rest)} → ${kb(pb.rest)}`,
    '',
    'growth by class (bytes, count):',
  ];
  for (const row of diffSummaries(ra, rb).slice(0, 30)) lines.push(`  ${kb(row.bytes).padStart(10)} ${String(row.count).padStart(7)}  ${row.className}`);
  if (c) {
    const rc = summarize(readSnapshot(c));
    lines.push(
      '',
      `fresh page on the final data: ${kb(total(rc))} in the V8 heap (compiled code ${kb(split(rc).code)}, the rest ${kb(split(rc).rest)}); the open page beyond it, by class:`,
    );
    for (const row of diffSummaries(rc, rb).slice(0, 30)) lines.push(`  ${kb(row.bytes).padStart(10)} ${String(row.count).padStart(7)}  ${row.className}`);
  }
  lines.push('', 'machine code compiled after the first snapshot (Sparkplug/Maglev/TurboFan), by script, with its largest functions:');
  for (const g of newCompiledCodeByScript(sa, sb)) lines.push(`  ${kb(g.bytes).padStart(10)} ${String(g.count).padStart(5)}  ${g.script}: ${g.top.join(', ')}`);
  lines.push('', 'allocated after the first snapshot and still alive, with their commonest retainer paths:');
  for (const g of newObjectRetainers(sa, sb, 20, 3)) {
    lines.push(`  ${kb(g.bytes)} in ${g.count} × ${g.className}`);
    for (const p of g.paths) lines.push(`      ${p}`);
  }
  return lines.join('\n');
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { 'drill-speed': { type: 'string', default: '300' }, diff: { type: 'boolean', default: false } },
});

if (values.diff) {
  console.log(report(positionals[0], positionals[1], positionals[2]));
  process.exit();
}

const out = join(RESULTS_DIR, `ops-heap-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}`);
mkdirSync(out, { recursive: true });
await withObserverPage(async ({ server, context, page }) => {
  await openOps(page, server.url);
  const drill = new Promise<string>((ok, fail) =>
    execFile(process.execPath, [DRILL, '--url', server.url, '--speed', values['drill-speed'], '--json'], { timeout: 3_600_000 }, (err, stdout, stderr) =>
      err ? fail(new Error(`${err.message}\n${stderr}`)) : ok(stdout),
    ),
  );
  await page.locator('[data-test=drill-banner]').waitFor({ timeout: 60_000 });
  const [a, b, c] = ['start', 'end', 'fresh'].map((n) => join(out, `${n}.heapsnapshot`));
  await snapshot(page, a);
  console.error(`start snapshot: ${a}; drill running…`);
  const samples = (await heapSamplesWhile(page, drill, 20_000)).map((mb) => mb.toFixed(2));
  await drill;
  await snapshot(page, b);
  const fresh = await context.newPage();
  await openOps(fresh, server.url);
  await fresh.waitForTimeout(3_000);
  await snapshot(fresh, c);
  const text = `heap after GC at the drill's start and every 20 s of it (MB): ${samples.join(', ')}\n\n${report(a, b, c)}`;
  writeFileSync(join(out, 'report.txt'), text);
  console.log(text);
  console.log(`\n→ ${out}/report.txt`);
});
process.exit();
