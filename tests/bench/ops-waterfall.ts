/**
 * What the first live render of /ops waits for: a cold load (new browser context, empty HTTP cache)
 * and then warm reloads in Debian's Chromium, each printed as a waterfall — every request and the
 * live socket's frames (from CDP Network events), first paint, and when the district figure and the
 * live badge showed — in ms from navigation.
 *
 *   pnpm --filter @election-ops/tests exec tsx bench/ops-waterfall.ts [--loads 3]
 *
 * Needs `pnpm build` first.
 */
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { opsShown, withObserverPage } from './lib/ops-page.js';

interface Row {
  at: number;
  what: string;
}

/** Collects request start/end and socket frames, in CDP's monotonic seconds. */
function recordNetwork(cdp: CDPSession): { rows: { t: number; what: string }[] } {
  const rows: { t: number; what: string }[] = [];
  const urls = new Map<string, string>();
  const name = (url: string) => (url.includes('/graphql') ? 'graphql' : url.replace(/^https?:\/\/[^/]+/, '') || '/');
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; timestamp: number; request: { url: string; postData?: string } }) => {
    const op = /"query":"\s*(query|mutation|subscription)?\s*(\w+)/.exec(e.request.postData ?? '')?.[2] ?? '';
    urls.set(e.requestId, `${name(e.request.url)}${op ? ` ${op}` : ''}`);
    rows.push({ t: e.timestamp, what: `→ ${urls.get(e.requestId)}` });
  });
  cdp.on('Network.responseReceived', (e: { requestId: string; timestamp: number }) =>
    rows.push({ t: e.timestamp, what: `  ← first byte ${urls.get(e.requestId)}` }),
  );
  cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) =>
    rows.push({ t: e.timestamp, what: `  ✓ ${urls.get(e.requestId)} (${(e.encodedDataLength / 1024).toFixed(1)} KB)` }),
  );
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e: { timestamp: number }) => rows.push({ t: e.timestamp, what: '→ websocket handshake' }));
  cdp.on('Network.webSocketFrameSent', (e: { timestamp: number; response: { payloadData: string } }) =>
    rows.push({ t: e.timestamp, what: `→ ws ${/"type":"(\w+)"/.exec(e.response.payloadData)?.[1] ?? '?'}` }),
  );
  cdp.on('Network.webSocketFrameReceived', (e: { timestamp: number; response: { payloadData: string } }) => {
    const type = /"type":"(\w+)"/.exec(e.response.payloadData)?.[1] ?? '?';
    if (type !== 'next') rows.push({ t: e.timestamp, what: `  ← ws ${type}` });
  });
  return { rows };
}

async function load(page: Page, url: string): Promise<Row[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const net = recordNetwork(cdp);
  const navStart = Date.now();
  await page.goto(`${url}/ops`, { waitUntil: 'commit' });
  await opsShown(page);
  const liveMs = Date.now() - navStart;
  await page.waitForLoadState('networkidle');
  const marks = (await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paints = performance.getEntriesByType('paint').map((p) => [p.name, p.startTime] as const);
    return { domInteractive: nav.domInteractive, paints };
  })) as { domInteractive: number; paints: [string, number][] };
  await cdp.detach();
  // CDP timestamps are monotonic seconds; line them up with the first request (the document).
  const t0 = Math.min(...net.rows.map((r) => r.t));
  const rows: Row[] = net.rows.map((r) => ({ at: Math.round((r.t - t0) * 1000), what: r.what }));
  rows.push({ at: Math.round(marks.domInteractive), what: '· DOM interactive' });
  for (const [n, t] of marks.paints) rows.push({ at: Math.round(t), what: `· ${n}` });
  rows.push({ at: liveMs, what: `■ first live render (as the bench measures it, from goto: ${liveMs} ms)` });
  return rows.sort((a, b) => a.at - b.at);
}

const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { loads: { type: 'string', default: '3' } } });
await withObserverPage(async ({ server, page }) => {
  for (let i = 0; i < Number(values.loads); i++) {
    console.log(`\n${i === 0 ? 'cold' : 'warm'} load ${i + 1}:`);
    for (const row of await load(page, server.url)) console.log(`${String(row.at).padStart(6)} ms  ${row.what}`);
  }
});
process.exit();
