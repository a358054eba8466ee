import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds, openArea } from '../support/demo.js';
import { AreaDetailDocument, ask, eventLog, lastSeq, login, reportIncident, reportTurnout } from '../support/operations.js';
import { pastTheEdge, signIn as signInAs } from '../support/layout.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();
const PHONE = { width: 360, height: 640 };
const WIDE = { width: 1920, height: 1080 };
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

// The voter list's movement on the ward desk of Thanh Nhàn (a cheap phone, a bad network), and a site
// moved from the operator's area view while the ward desk and the wall watch.
describe.skipIf(!hasBrowser)('the voter list and moved sites in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let dialogs: string[];
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

  const signIn = async (username: string, viewport: { width: number; height: number }, next?: string) => {
    const page = await signInAs(browser, server.url, username, viewport, { next, dialogs });
    if (username.startsWith('ward.')) await page.locator('[data-area]').first().waitFor();
    return page;
  };
  const areaNow = async (id: string) => (await ask(server.url, AreaDetailDocument, { id }, ids.operator)).pollingArea!;
  async function open(page: Page, code: string) {
    const c = page.locator(`[data-area="${code}"]`);
    if ((await c.locator('.summary').getAttribute('aria-expanded')) !== 'true') await c.locator('.summary').click();
    return c;
  }

  it('adds transient voters from the phone, shows them in the area and the ward totals, and refuses a removal below the turnout', async () => {
    dialogs = [];
    const ward = ids.ward('thanh-nhan');
    const area = [...ward.pollingAreas].sort((a, b) => a.number - b.number)[2];
    const officer = await login(server.url, 'ward.thanh-nhan');
    await openArea(server.url, ids.operator, area.id);
    const registered = (await areaNow(area.id)).registeredVoters;
    await reportTurnout(server.url, { pollingAreaId: area.id, voted: registered - 10 }, officer);
    const wardRegistered = async () => (await Promise.all(ward.pollingAreas.map((a) => areaNow(a.id)))).reduce((n, a) => n + a.registeredVoters, 0);
    const before = await wardRegistered();

    const page = await signIn('ward.thanh-nhan', PHONE);
    const c = await open(page, area.code);
    const line = c.locator('[data-test=registered-line]');
    expect((await line.textContent())!.trim()).toBe(`${vi(registered)} cử tri`);
    await c.locator('[data-test=voter-list-open]').click();
    const form = c.locator('[data-test=voter-list-form]');
    await form.waitFor();
    await form.scrollIntoViewIfNeeded();
    expect(await form.locator('[data-kind=ADDED_TRANSIENT]').getAttribute('aria-pressed')).toBe('true');
    await form.locator('input[name=listCount]').fill('3');
    await form.locator('input[name=listNote]').fill('3 giấy chứng nhận của công nhân');
    expect(await form.locator('[data-test=send-list-change]').textContent()).toContain('Thêm 3 cử tri');
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-voter-list-form-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);

    const seq = await lastSeq(server.url, ids.operator);
    await form.locator('[data-test=send-list-change]').click();
    await line.filter({ hasText: `${vi(registered + 3)} cử tri (+3 vãng lai)` }).waitFor();
    await page.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 20_000 });
    expect((await areaNow(area.id)).registeredVoters).toBe(registered + 3);
    expect(await page.locator('[data-test=ward-totals]').textContent()).toContain(vi(before + 3));
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-voter-list-added-360x640.png') });

    // Struck off: no more than the voters left who have not voted (13), said beside the field.
    await c.locator('[data-test=voter-list-open]').click();
    await form.locator('[data-kind=REMOVED_MOVED]').click();
    await form.locator('input[name=listCount]').fill('20');
    expect(await form.locator('[data-test=list-problem]').textContent()).toContain('tối đa 13 người');
    expect(await form.locator('[data-test=send-list-change]').isDisabled()).toBe(true);

    // Queued offline within that, it reaches a server where the turnout has risen meanwhile: CONFLICT, shown beside the list.
    await page.context().setOffline(true);
    await form.locator('input[name=listCount]').fill('5');
    await form.locator('[data-test=send-list-change]').click();
    await c.locator('[data-test=pending-list]', { hasText: '−5 chờ gửi' }).waitFor();
    await reportTurnout(server.url, { pollingAreaId: area.id, voted: registered + 1 }, ids.operator);
    await page.context().setOffline(false);
    const refusal = c.locator('[data-test=voter-list] [data-test=refusal]');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('Chuyển đi nơi khác: −5 cử tri');
    expect(await refusal.locator('[data-test=todo]').textContent()).toContain('Kiểm tra lại số người cần xóa');
    await page.locator('[data-test=attention]', { hasText: `Số ${area.number}: gửi bị từ chối` }).waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-voter-list-refused-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);
    expect((await areaNow(area.id)).registeredVoters).toBe(registered + 3);
    const events = await eventLog(server.url, ids.operator, seq);
    expect(events.filter((e) => e.type === 'VOTER_LIST_CHANGED').map((e) => e.voterListChange?.count)).toEqual([3]);

    const wide = await signIn('ward.thanh-nhan', WIDE);
    const w = await open(wide, area.code);
    await w.locator('[data-test=voter-list-open]').click();
    await w.locator('[data-test=voter-list-form]').waitFor();
    await wide.screenshot({ path: join(SCREENSHOTS, 'ward-voter-list-1920x1080.png') });
    expect(await pastTheEdge(wide)).toEqual([]);
    expect(dialogs).toEqual([]);
    await wide.context().close();
    await page.context().close();
  });

  it('moves a site from the area view with a form in the page; the ward desk, the wall and the incident show the new site live', async () => {
    dialogs = [];
    const ward = ids.ward('thanh-luong');
    const area = ward.pollingAreas[0];
    const old = await areaNow(area.id);
    await reportIncident(
      server.url,
      { pollingAreaId: area.id, category: 'FLOOD', severity: 'HIGH', title: 'Sân trường ngập sâu', affectsVoting: true },
      ids.operator,
    );
    const desk = await signIn('ward.thanh-luong', PHONE);
    const wall = await signIn('observer', WIDE, '/ops');
    await wall.locator('[data-test=ops]').waitFor();

    const view = await signIn('operator', WIDE, `/incidents?view=area&area=${area.id}`);
    const site = view.locator('[data-test=area-site]');
    await site.locator('[data-test=site-now]', { hasText: old.name }).waitFor();
    await site.locator('[data-action=relocate]').click();
    await site.locator('input[name=siteName]').fill('Nhà văn hóa tổ dân phố số 12');
    await site.locator('input[name=siteAddress]').fill('25 Phố Thanh Lương');
    await site.locator('textarea[name=relocateReason]').fill('Sân trường ngập sâu sau mưa lớn, chuyển lên nhà văn hóa');
    await site.locator('[data-action=relocate-next]').click();
    const confirm = site.locator('[data-test=relocate-confirm]');
    expect(await confirm.textContent()).toContain(`từ “${old.name}, ${old.address}” sang “Nhà văn hóa tổ dân phố số 12, 25 Phố Thanh Lương”`);
    await view.screenshot({ path: join(SCREENSHOTS, 'area-relocate-1920x1080.png') });
    await confirm.locator('[data-action=relocate-confirm]').click();
    await site.locator('[data-test=relocations] li', { hasText: 'Sân trường ngập sâu' }).waitFor();
    await view.locator('.detail header h2', { hasText: 'KVBP số 1 · Nhà văn hóa tổ dân phố số 12' }).waitFor();
    expect(await areaNow(area.id)).toMatchObject({ code: old.code, number: old.number, registeredVoters: old.registeredVoters, address: '25 Phố Thanh Lương' });

    // Live on the ward desk (the area's name, its new address, marked moved) and on the wall's incident feed.
    await desk.locator(`[data-area="${old.code}"] [data-test=area-name]`, { hasText: 'Số 1 · Nhà văn hóa tổ dân phố số 12' }).waitFor();
    const c = await open(desk, old.code);
    await c.locator('[data-test=relocated]').waitFor();
    expect(await c.textContent()).toContain('25 Phố Thanh Lương');
    await desk.screenshot({ path: join(SCREENSHOTS, 'ward-relocated-360x640.png') });
    expect(await pastTheEdge(desk)).toEqual([]);
    await wall.locator('[data-test=ops]', { hasText: 'KVBP số 1 · Nhà văn hóa tổ dân phố số 12' }).waitFor();
    await wall.screenshot({ path: join(SCREENSHOTS, 'ops-relocated-1920x1080.png') });
    expect(dialogs).toEqual([]);
    for (const p of [desk, wall, view]) await p.context().close();
  });
});
