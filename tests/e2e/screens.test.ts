import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds, openArea } from '../support/demo.js';
import { ask, eventLog, StartDrillDocument, stopDrill } from '../support/operations.js';
import { signIn as signInAs } from '../support/layout.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('the screens in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo' });
    ids = await demoIds(server.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  const signIn = (username: string, viewport: { width: number; height: number }) => signInAs(browser, server.url, username, viewport);

  it("carries a ward officer's power outage to the ops room and the power liaison, and the acknowledgement back", async () => {
    const ops = await signIn('observer', { width: 1920, height: 1080 });
    expect(new URL(ops.url()).pathname).toBe('/ops');
    const ward = await signIn('ward.dong-tam', { width: 360, height: 640 });
    expect(new URL(ward.url()).pathname).toBe('/ward');
    const tasks = await signIn('liaison.power', { width: 800, height: 900 });
    expect(new URL(tasks.url()).pathname).toBe('/tasks');

    await ward.click('[data-test=report-incident]');
    await ward.click('[data-category=POWER_OUTAGE]');
    await ward.click('[data-severity=HIGH]');
    await ward.fill('input[name=title]', 'Mất điện toàn khu vực 3 <script>alert(1)</script>');
    await ward.click('[data-test=send-incident]');

    const feedItem = ops.locator('.feed [data-incident]', { hasText: 'Mất điện toàn khu vực 3' });
    await feedItem.waitFor();
    expect(await feedItem.textContent()).toContain('<script>alert(1)</script>');
    const task = tasks.locator('[data-task][data-status=OPEN]', { hasText: 'Mất điện toàn khu vực 3' });
    await task.waitFor();
    expect(await task.locator('[data-test=countdown]').textContent()).toMatch(/^Còn (\d+ phút( \d+ giây)?|\d+ giây)$/);
    await task.locator('[data-action=ack]').click();

    const taskId = await task.getAttribute('data-task');
    await ops.locator(`.tasks [data-task="${taskId}"][data-status=ACKNOWLEDGED]`).waitFor();

    await ops.screenshot({ path: join(SCREENSHOTS, 'ops-1920x1080.png') });
    await ward.screenshot({ path: join(SCREENSHOTS, 'ward-360x640.png'), fullPage: true });
    await tasks.screenshot({ path: join(SCREENSHOTS, 'tasks.png'), fullPage: true });
    const scroll = await ops.evaluate(() => ({
      h: document.documentElement.scrollHeight - window.innerHeight,
      w: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(scroll).toEqual({ h: 0, w: 0 });
  });

  it('renders the ops room at 4K with no scrollbar', async () => {
    const ops = await signIn('observer', { width: 3840, height: 2160 });
    await ops.waitForSelector('[data-test=district-turnout]');
    await ops.screenshot({ path: join(SCREENSHOTS, 'ops-3840x2160.png') });
    const overflow = await ops.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
  });

  it('queues a turnout report while the network is cut and sends it exactly once when it returns', async () => {
    const area = ids.ward('dong-tam').pollingAreas[4];
    await openArea(server.url, ids.operator, area.id);
    const ward = await signIn('ward.dong-tam', { width: 360, height: 640 });
    const card = ward.locator(`[data-area="dong-tam-05"]`);
    await card.locator('.summary').click();

    // Cut HTTP to the API (the socket stays, as a phone's flaky uplink often does).
    await ward.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await card.locator('input[name=voted]').fill('432');
    await card.locator('[data-test=send-turnout]').click();
    await card.locator('[data-test=pending]').waitFor();
    await ward.screenshot({ path: join(SCREENSHOTS, 'ward-offline-pending.png'), fullPage: true });
    await ward.reload();
    await ward.locator('[data-test=pending-count]').waitFor();

    await ward.unroute('**/graphql');
    await ward.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 20_000 });
    const reports = (await eventLog(server.url, ids.operator)).filter((e) => e.type === 'TURNOUT_REPORTED' && e.pollingArea?.id === area.id);
    expect(reports.map((e) => e.turnoutReport!.voted)).toEqual([432]);
  });

  it('sends a user whose token stopped working back to login and keeps the half-filled form', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=username]', 'ward.dong-tam');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-state=live]');
    await page.click('[data-test=report-incident]');
    await page.click('[data-category=SECURITY]');
    await page.fill('input[name=title]', 'Người lạ gây rối trước cổng');
    // The token is no longer accepted (as after its expiry): the next request is refused.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('election-ops.session')!);
      localStorage.setItem('election-ops.session', JSON.stringify({ ...s, token: `${s.token}x` }));
    });
    await page.reload();
    await page.locator('[data-test=expired]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=username]', 'ward.dong-tam');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.waitForURL('**/ward');
    await page.click('[data-test=report-incident]');
    expect(await page.inputValue('input[name=title]')).toBe('Người lạ gây rối trước cổng');
    await context.close();
  });

  it('shows the incident board with a timeline to the operator', async () => {
    const board = await signIn('operator', { width: 1400, height: 900 });
    expect(new URL(board.url()).pathname).toBe('/incidents');
    await board.locator('[data-incident]').first().click();
    await board.locator('[data-test=timeline] li').first().waitFor();
    await board.screenshot({ path: join(SCREENSHOTS, 'incidents.png') });
  });

  // Last in this file: it switches the shared server to the drill clock.
  it('shows the DIỄN TẬP / DRILL banner and the drill time on every screen once a drill starts', async () => {
    const ops = await signIn('observer', { width: 1920, height: 1080 });
    expect(await ops.locator('[data-test=drill-banner]').count()).toBe(0);
    await ask(server.url, StartDrillDocument, { speed: 60 }, ids.operator);
    await ops.locator('[data-test=drill-banner]').waitFor({ timeout: 15_000 });
    expect(await ops.locator('[data-test=drill-banner]').textContent()).toContain('DIỄN TẬP / DRILL');
    await ops.locator('[data-test=clock]', { hasText: /^05:/ }).waitFor({ timeout: 15_000 });
    await ops.screenshot({ path: join(SCREENSHOTS, 'ops-drill.png') });
    await stopDrill(server.url, ids.operator);
  });
});
