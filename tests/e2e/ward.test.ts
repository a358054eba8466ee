import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { openArea } from '../support/demo.js';
import { AreaDetailDocument, ask, eventLog, lastSeq, login, reportIncident, reportTurnout, setAreaStatus, WardsDocument } from '../support/operations.js';
import { pastTheEdge } from '../support/layout.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();
const PHONE = { width: 360, height: 640 };

/** How many offline copies the page's IndexedDB holds (run in the page). */
function offlineCopies(): Promise<number> {
  return new Promise((ok) => {
    const req = indexedDB.open('election-ops');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('offline')) return (db.close(), ok(0));
      const count = db.transaction('offline').objectStore('offline').count();
      count.onsuccess = () => (db.close(), ok(count.result));
    };
    req.onerror = () => ok(0);
  });
}

interface DemoArea {
  id: string;
  code: string;
  number: number;
  registeredVoters: number;
}

// The ward desk of Vĩnh Tuy (17 areas) on a cheap phone: offline reload, the outbox, confirmations,
// corrections, and nothing past the right edge at 360 px.
describe.skipIf(!hasBrowser)('the ward desk in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let operator: string;
  let officer: string;
  let wardId: string;
  let areas: DemoArea[];
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo' });
    operator = await login(server.url, 'operator');
    officer = await login(server.url, 'ward.vinh-tuy');
    const { wards } = await ask(server.url, WardsDocument, {}, operator);
    const ward = wards.find((w) => w.code === 'vinh-tuy')!;
    wardId = ward.id;
    areas = [...ward.pollingAreas].sort((a, b) => a.number - b.number);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  async function signIn(viewport = PHONE): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=username]', 'ward.vinh-tuy');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-state=live]');
    await page
      .locator('[data-area]')
      .nth(areas.length - 1)
      .waitFor();
    return { page, context };
  }

  const card = (page: Page, area: DemoArea) => page.locator(`[data-area="${area.code}"]`);
  async function open(page: Page, area: DemoArea) {
    const c = card(page, area);
    if ((await c.locator('.summary').getAttribute('aria-expanded')) !== 'true') await c.locator('.summary').click();
    return c;
  }

  async function areaNow(area: DemoArea) {
    return (await ask(server.url, AreaDetailDocument, { id: area.id }, operator)).pollingArea!;
  }

  it('reloads offline from the service worker and the offline copy, queues writes as pending, and sends each once when back', async () => {
    const voting = areas[0];
    const preparing = areas[1];
    await openArea(server.url, operator, voting.id);
    // The server serves the worker and the manifest as files, not the screens' fallback page.
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as { name: string; icons: unknown[] };
    expect(manifest.name).toBe('Điều hành bầu cử quận Hai Bà Trưng');
    expect(manifest.icons.length).toBeGreaterThan(1);

    const { page, context } = await signIn();
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
    // The offline copy is written shortly after the snapshot.
    await expect.poll(() => page.evaluate(offlineCopies), { timeout: 20_000, interval: 500 }).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-test=offline-banner]').waitFor();
    expect(await page.locator('[data-area]').count()).toBe(areas.length);
    expect(await page.locator('[data-test=offline-banner]').textContent()).toMatch(/Đang ngoại tuyến — dữ liệu lúc \d\d:\d\d/);

    const after = await lastSeq(server.url, operator);
    const v = await open(page, voting);
    await v.locator('input[name=voted]').fill('321');
    await v.locator('[data-test=send-turnout]').click();
    await v.locator('[data-test=pending]').waitFor();
    expect(await v.locator('[data-test=turnout-figure]').textContent()).toBe('321');
    const p = await open(page, preparing);
    await p.locator('[data-item=BALLOT_BOX]').check();
    await p.locator('[data-test=pending-item]').waitFor();
    expect(await page.locator('[data-test=pending-count]').textContent()).toContain('(2)');
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-offline-360x640.png') });

    // A reload while still offline keeps both (IndexedDB), still pending.
    await page.reload();
    await page.locator('[data-test=pending-count]', { hasText: '(2)' }).waitFor();

    await context.setOffline(false);
    await page.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 30_000 });
    await card(page, voting).locator('[data-test=turnout-figure]', { hasText: '321' }).waitFor();
    const events = await eventLog(server.url, operator, after);
    expect(events.filter((e) => e.type === 'TURNOUT_REPORTED' && e.pollingArea?.id === voting.id).map((e) => e.turnoutReport?.voted)).toEqual([321]);
    expect(events.filter((e) => e.type === 'CHECKLIST_ITEM_SET' && e.pollingArea?.id === preparing.id).map((e) => e.checklistItem)).toEqual(['BALLOT_BOX']);
    expect((await areaNow(voting)).latestTurnout?.voted).toBe(321);
  });

  it('asks before closing (cancel leaves it voting) and suspends only with a reason picked in the page', async () => {
    const area = areas[2];
    await openArea(server.url, operator, area.id);
    const { page } = await signIn();
    const c = await open(page, area);
    await c.locator('[data-next=CLOSED]').click();
    const dialog = page.locator('[data-confirm=close]');
    await dialog.waitFor();
    // 08:00 on the election clock, nothing reported: both warnings, and the button says "anyway".
    await dialog.locator('[data-test=warn-early]').waitFor();
    await dialog.locator('[data-test=warn-no-votes]').waitFor();
    expect(await dialog.locator('[data-test=confirm-yes]').textContent()).toContain('Vẫn kết thúc bỏ phiếu');
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-confirm-close-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);
    await dialog.locator('[data-test=confirm-cancel]').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await areaNow(area)).status).toBe('VOTING');
    expect(await c.getAttribute('data-status')).toBe('VOTING');

    await c.locator('[data-next=SUSPENDED]').click();
    const suspend = page.locator('[data-confirm=suspend]');
    await suspend.waitFor();
    expect(await suspend.locator('[data-test=confirm-yes]').isDisabled()).toBe(true);
    await suspend.locator('[data-reason=POWER]').click();
    expect(await suspend.locator('[data-test=confirm-yes]').isDisabled()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-confirm-suspend-360x640.png') });
    await suspend.locator('[data-test=confirm-yes]').click();
    await card(page, area).locator('.summary .status[data-status=SUSPENDED]').waitFor();
    await page.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await areaNow(area)).toMatchObject({ status: 'SUSPENDED', statusReason: 'Mất điện' });
    // What is wrong first: the suspension is listed above the areas.
    await page.locator('[data-test=attention]', { hasText: `Số ${area.number}` }).waitFor();
  });

  it('lets the officer correct a typo with a reason, and shows a refusal beside the area with what to do', async () => {
    const area = areas.find((a, i) => i > 3 && a.registeredVoters >= 1300)!;
    await openArea(server.url, operator, area.id);
    const { page } = await signIn();
    const c = await open(page, area);
    await c.locator('input[name=voted]').fill(String(area.registeredVoters + 1));
    await c.locator('[data-test=turnout-invalid]').waitFor();
    expect(await c.locator('[data-test=send-turnout]').isDisabled()).toBe(true);

    await c.locator('input[name=voted]').fill('1300');
    await c.locator('[data-test=turnout-jump]').waitFor(); // more than 30% of the voters since nothing
    await c.locator('[data-test=send-turnout]').click();
    await c.locator('[data-test=turnout-figure]', { hasText: '1.300' }).waitFor();
    await page.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 20_000 });

    await c.locator('[data-test=correct-turnout]').click();
    await c.locator('input[name=voted]').fill('500');
    await c.locator('[data-test=correction]').waitFor();
    expect(await c.locator('[data-test=send-turnout]').isDisabled()).toBe(true); // no reason yet
    await c.locator('input[name=correctionReason]').fill('Báo nhầm 1300, đúng là 500');
    await c.locator('[data-test=send-turnout]').click();

    // SPEC 3: the area's own officer corrects its latest report, with the reason on record.
    await c.locator('[data-test=turnout-figure]', { hasText: /^500$/ }).waitFor({ timeout: 20_000 });
    await page.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 20_000 });
    expect((await areaNow(area)).turnoutReports.map(({ voted, correctionReason }) => ({ voted, correctionReason }))).toEqual([
      { voted: 500, correctionReason: 'Báo nhầm 1300, đúng là 500' },
      { voted: 1300, correctionReason: null },
    ]);

    // A write the server refuses — the district counted the area while the phone was offline — shows
    // beside the area, saying what to do.
    await page.context().setOffline(true);
    await c.locator('input[name=voted]').fill('600');
    await c.locator('[data-test=send-turnout]').click();
    await c.locator('[data-test=pending]').waitFor();
    for (const status of ['CLOSED', 'COUNTED'] as const) await setAreaStatus(server.url, { id: area.id, status }, operator);
    await page.context().setOffline(false);
    const refusal = c.locator('[data-test=refusal]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('Báo số 600');
    expect(await refusal.locator('[data-test=todo]').textContent()).toContain('Xem lại trạng thái');
    await page.locator('[data-test=attention]', { hasText: `Số ${area.number}: gửi bị từ chối` }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-refusal-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);
    expect((await areaNow(area)).latestTurnout?.voted).toBe(500);
  });

  it('fits 360 px with the 17 areas and ten incidents, and renders at 1920×1080 and 4K', async () => {
    // Areas in every phase with large figures, and ten incidents with long titles.
    for (const a of areas.slice(10, 14)) await openArea(server.url, operator, a.id);
    for (const a of areas.slice(10, 12)) await reportTurnout(server.url, { pollingAreaId: a.id, voted: a.registeredVoters }, officer);
    for (let i = 0; i < 10; i++) {
      await reportIncident(
        server.url,
        {
          wardId,
          pollingAreaId: areas[i % areas.length].id,
          category: 'MATERIALS',
          severity: i % 3 ? 'MEDIUM' : 'HIGH',
          title: `Thiếu phiếu bầu và thẻ cử tri tại điểm bỏ phiếu, cần bổ sung gấp trước giờ cao điểm (${i + 1})`,
          affectsVoting: false,
        },
        officer,
      );
    }
    const { page } = await signIn();
    await page.locator('[data-test=incident-count]', { hasText: '10' }).waitFor();
    // The areas start within the first screen, under the header, the totals and the folded incidents.
    const firstArea = await page.locator('[data-area]').first().boundingBox();
    expect(firstArea!.y).toBeLessThan(PHONE.height);
    expect(
      await page
        .locator('[data-area] .summary')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height),
    ).toBeLessThan(60);
    expect(await page.locator('[data-test=area-name]').first().textContent()).toMatch(/^Số 1 · /);
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-vinh-tuy-360x640.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-vinh-tuy-360x640-full.png'), fullPage: true });
    expect(await pastTheEdge(page)).toEqual([]);

    await page.locator('[data-test=incident-count]').click();
    await page.locator('[data-incident]').nth(9).waitFor();
    expect(await pastTheEdge(page)).toEqual([]);
    await page.locator('[data-test=incident-count]').click();

    await open(page, areas[10]);
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-area-open-360x640.png'), fullPage: true });
    expect(await pastTheEdge(page)).toEqual([]);
    await open(page, areas[16]); // preparing: the checklist, and no turnout field
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-area-preparing-360x640.png') });
    expect(await card(page, areas[16]).locator('input[name=voted]').count()).toBe(0);
    expect(await card(page, areas[16]).locator('[data-next]').count()).toBe(0); // READY needs the checklist complete
    expect(await pastTheEdge(page)).toEqual([]);

    await page.locator('[data-test=report-incident]').click();
    await page.locator('[data-test=incident-form]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-incident-form-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);

    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      const { page: wide } = await signIn(viewport);
      await open(wide, areas[10]);
      await wide.screenshot({ path: join(SCREENSHOTS, `ward-${viewport.width}x${viewport.height}.png`) });
      expect(await pastTheEdge(wide)).toEqual([]);
    }
  });
});
