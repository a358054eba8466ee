/**
 * Ops room: in Debian's Chromium (never a downloaded browser), the time from navigation to the first
 * live render of /ops (the district figure shown and the live connection up), the gzipped size of the
 * JavaScript it loads, and the page's heap at the start and the end of a whole drill.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../support/browser.js';
import { gql } from '../support/graphql.js';
import { startServer, storage } from '../support/server.js';
import { latencySummary } from './lib/measure.js';
import { heapMb as heapUsed, heapSamplesWhile, observerContext, opsShown } from './lib/ops-page.js';

const round2 = (mb: number) => Math.round(mb * 100) / 100;
const changePct = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10;
const heapMb = async (page: Page) => round2(await heapUsed(page));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DRILL = `${root}/server/dist/drill/main.js`;
const LOADS = 5;
/** How long the screen is on before the drill starts. */
const WALL_BEFORE_DRILL_MS = 120_000;

/** Navigate to /ops and time it until the district figure is on screen with the live connection up. */
async function firstLiveRender(page: Page, url: string): Promise<{ ms: number; jsBytes: number; jsGzipBytes: number }> {
  const scripts: Buffer[] = [];
  const onResponse = async (r: import('playwright-core').Response) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.body().catch(() => Buffer.alloc(0)));
  };
  page.on('response', onResponse);
  const started = Date.now();
  await page.goto(`${url}/ops`);
  await opsShown(page);
  const ms = Date.now() - started;
  // Scripts loaded after the first render (a chunk loaded lazily) count too.
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const js = Buffer.concat(scripts);
  return { ms, jsBytes: js.length, jsGzipBytes: scripts.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}

export async function opsRoom(o: { speed: number }): Promise<{ rows: Record<string, unknown>[]; notes: string[] }> {
  if (!existsSync(`${root}/dashboard/dist/index.html`))
    return { rows: [], notes: ['dashboard/dist is missing: run `pnpm build` first; ops-room bench skipped'] };
  if (!existsSync(CHROMIUM)) return { rows: [], notes: [`${CHROMIUM} is missing (apt-get install -y chromium); ops-room bench skipped`] };
  const data = await storage('pglite');
  const server = await startServer({ ...data.env, CLOCK_START: '' });
  const browser = await launchBrowser();
  try {
    const { context, token } = await observerContext(browser, server.url);
    const page = await context.newPage();

    const loads: Awaited<ReturnType<typeof firstLiveRender>>[] = [];
    for (let i = 0; i < LOADS; i += 1) loads.push(await firstLiveRender(page, server.url)); // the first is cold (no HTTP cache)
    const warm = latencySummary(loads.slice(1).map((l) => l.ms));
    // Cold for the browser only: a new context (empty HTTP cache) once the server has answered these queries before.
    const { context: other } = await observerContext(browser, server.url);
    const coldBrowser = await firstLiveRender(await other.newPage(), server.url);
    await other.close();

    // The screen stays on the wall before the day starts, as in the ops room: its heap from the moment
    // it is shown, then through a whole drill at `speed`.
    const opened = (await heapSamplesWhile(page, page.waitForTimeout(WALL_BEFORE_DRILL_MS), 30_000)).map(round2);
    // A whole drill at `speed`, the screen left open on it.
    const drill = new Promise<string>((ok, fail) =>
      execFile(process.execPath, [DRILL, '--url', server.url, '--speed', String(o.speed), '--json'], { timeout: 3_600_000 }, (err, stdout, stderr) =>
        err ? fail(new Error(`${err.message}\n${stderr}`)) : ok(stdout),
      ),
    );
    await page.locator('[data-test=drill-banner]').waitFor({ timeout: 60_000 });
    // The heap every 30 s of the drill as well as at its ends: a slope that flattens is warm-up, a straight one a leak.
    const series = (await heapSamplesWhile(page, drill, 30_000)).map(round2);
    const heapStart = series[0];
    const summary = JSON.parse((await drill).trim().split('\n').pop()!) as { eventsWritten: number; seconds: number };
    const heapEnd = await heapMb(page);
    // The same screen opened fresh on the day's final data: if it holds as much, the growth is the day's data, not a leak.
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}/ops`);
    await opsShown(fresh);
    await fresh.waitForTimeout(3_000);
    const heapFresh = await heapMb(fresh);
    await fresh.close();
    const shown = await page.locator('[data-test=district-turnout]').textContent();
    await page.waitForTimeout(5_000);
    const shownLater = await page.locator('[data-test=district-turnout]').textContent();
    const api = await gql<{ turnout: { percent: number } }>(server.url, '{ turnout { percent } }', {}, token);
    return {
      rows: [
        {
          firstLiveRenderColdMs: loads[0].ms,
          firstLiveRenderNewContextMs: coldBrowser.ms,
          firstLiveRenderWarmP50Ms: warm.p50,
          firstLiveRenderWarmMaxMs: warm.max,
          jsKb: Math.round(loads[0].jsBytes / 1024),
          jsGzipKb: Math.round(loads[0].jsGzipBytes / 1024),
          drillSpeed: o.speed,
          drillSeconds: summary.seconds,
          drillEvents: summary.eventsWritten,
          heapShownMb: opened[0],
          heapBeforeDrillEvery30sMb: opened.join(' '),
          heapStartMb: heapStart,
          heapEndMb: heapEnd,
          heapChangePct: changePct(heapStart, heapEnd),
          heapChangeFromShownPct: changePct(opened[0], heapEnd),
          heapEvery30sMb: series.join(' '),
          heapFreshPageAtEndMb: heapFresh,
          turnoutShownAtEnd: shown,
          turnoutShown5sLater: shownLater,
          serverTurnout: api.data!.turnout.percent,
        },
      ],
      notes: [
        `first live render: navigation until [data-test=district-turnout] is shown with the connection live; cold = first load (also the server's first answers), newContext = a new browser context (empty HTTP cache) after those, warm = ${LOADS - 1} reloads`,
        'JS: every script /ops loads until the network is idle, gzipped at level 9',
        `heap: JS heap in use after a forced GC: heapShown when /ops is first shown; the screen then stays on ${WALL_BEFORE_DRILL_MS / 1000} s before the drill starts (as on the ops room's wall); heapStart when the drill banner appears, every 30 s of the drill and after it ends; heapFreshPageAtEnd: a newly opened /ops on the final data, for comparison`,
      ],
    };
  } finally {
    await browser.close();
    await server.stop();
    await data.dispose();
  }
}
