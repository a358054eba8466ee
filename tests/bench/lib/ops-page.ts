/** What the ops-room benchmarks share: the observer's session in a browser context, /ops opened, the heap read. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/browser.js';
import { gql } from '../../support/graphql.js';
import { startServer, storage, type TestServer } from '../../support/server.js';

/** A 1920×1080 browser context signed in as the demo observer (the session put where the dashboard keeps it). */
export async function observerContext(browser: Browser, url: string): Promise<{ context: BrowserContext; token: string }> {
  const r = await gql<{ login: { token: string } }>(
    url,
    'mutation{ login(username:"observer", password:"demo"){ token expiresAt user { id username displayName role wardId } } }',
  );
  const session = JSON.stringify(r.data!.login);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript((s) => localStorage.setItem('election-ops.session', s), session);
  return { context, token: r.data!.login.token };
}

/** Wait until /ops shows the district figure with the connection live (what "first live render" means). */
export async function opsShown(page: Page): Promise<void> {
  await page.locator('[data-test=connection][data-state=live]').waitFor({ timeout: 30_000 });
  await page.locator('[data-test=district-turnout]').waitFor({ timeout: 30_000 });
}

/** JS heap in use after a forced garbage collection, in MB (CDP), so the figure is live objects only. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/**
 * The heap after a forced GC now and every `everyMs` until `work` settles (MB): a slope that flattens
 * is warm-up, a straight one a leak.
 */
export async function heapSamplesWhile(page: Page, work: Promise<unknown>, everyMs: number): Promise<number[]> {
  const samples = [await heapMb(page)];
  let done = false;
  const finished = () => (done = true);
  work.then(finished, finished); // a failure is the caller's to report, by awaiting `work`
  while (!done) {
    await new Promise((ok) => setTimeout(ok, everyMs));
    if (!done) samples.push(await heapMb(page));
  }
  return samples;
}

/**
 * A fresh server on its own embedded database (demo data, real clock), Chromium, and a page signed in
 * as the observer; `run` gets them, and everything is torn down afterwards whatever happens.
 */
export async function withObserverPage<T>(run: (o: { server: TestServer; context: BrowserContext; page: Page }) => Promise<T>): Promise<T> {
  const data = await storage('pglite');
  const server = await startServer({ ...data.env, CLOCK_START: '' });
  const browser = await launchBrowser();
  try {
    const { context } = await observerContext(browser, server.url);
    return await run({ server, context, page: await context.newPage() });
  } finally {
    await browser.close();
    await server.stop();
    await data.dispose();
  }
}
