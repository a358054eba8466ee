import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds } from '../support/demo.js';
import {
  acknowledgeTask,
  ask,
  login,
  reportIncident,
  resolveIncident,
  StartTaskDocument,
  TaskDocument,
  type IncidentCategory,
  type Severity,
} from '../support/operations.js';
import { pastTheEdge, signIn as signInAs, VIEWPORTS } from '../support/layout.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('the task inbox in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let ward: string;
  let dialogs: string[];
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo' });
    ids = await demoIds(server.url);
    ward = await login(server.url, 'ward.dong-tam');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  // Nothing on these screens may ask through a browser dialog.
  const signIn = (username: string, viewport: { width: number; height: number }) => signInAs(browser, server.url, username, viewport, { dialogs });

  /** A ward officer's incident in Đồng Tâm's first area; its default agency gets a task. */
  async function report(category: IncidentCategory, severity: Severity, title: string): Promise<{ id: string; taskId: string }> {
    const dongTam = ids.ward('dong-tam');
    const incident = await reportIncident(
      server.url,
      { wardId: dongTam.id, pollingAreaId: dongTam.pollingAreas[0].id, category, severity, title, affectsVoting: false },
      ward,
    );
    return { id: incident.id, taskId: incident.tasks[0].id };
  }

  const card = (page: Page, taskId: string) => page.locator(`[data-task="${taskId}"]`);
  async function position(page: Page, taskId: string): Promise<number> {
    const all = await page.locator('[data-task]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
    return all.indexOf(taskId);
  }

  it('lists a CRITICAL task near its deadline above a HIGH one with more time; decline and done ask in the page', async () => {
    dialogs = [];
    const critical = await report('POWER_OUTAGE', 'CRITICAL', 'Mất điện toàn bộ điểm bỏ phiếu');
    const high = await report('POWER_OUTAGE', 'HIGH', 'Chập điện đèn hành lang');
    const inbox = await signIn('liaison.power', { width: 360, height: 640 });
    await card(inbox, high.taskId).waitFor();
    await card(inbox, critical.taskId).waitFor();
    // Reported later, the HIGH task is newer; the CRITICAL one is due sooner, so it comes first.
    expect(await position(inbox, critical.taskId)).toBeLessThan(await position(inbox, high.taskId));
    expect(await card(inbox, critical.taskId).locator('[data-test=countdown]').textContent()).toMatch(/\d/);

    await expect(inbox.locator('[data-test=sound-switch]').isVisible()).resolves.toBe(true);
    await inbox.click('[data-test=test-chime]');

    const highCard = card(inbox, high.taskId);
    await highCard.locator('[data-action=decline]').click();
    await highCard.locator('textarea[name=reason]').fill('Đội đang xử lý sự cố khác, đề nghị điều đội dự phòng');
    await highCard.locator('[data-action=confirm]').click();
    await inbox.locator(`[data-task="${high.taskId}"][data-status=DECLINED]`).waitFor();
    expect(await card(inbox, high.taskId).textContent()).toContain('Đội đang xử lý sự cố khác');

    const criticalCard = card(inbox, critical.taskId);
    await criticalCard.locator('[data-action=ack]').click();
    await inbox.locator(`[data-task="${critical.taskId}"][data-status=ACKNOWLEDGED]`).waitFor();
    await criticalCard.locator('[data-action=start]').click();
    await inbox.locator(`[data-task="${critical.taskId}"][data-status=IN_PROGRESS]`).waitFor();
    await criticalCard.locator('[data-action=done]').click();
    await criticalCard.locator('textarea[name=note]').fill('Đã thay cầu dao, có điện lại lúc 08:10');
    await criticalCard.locator('[data-action=confirm]').click();
    await inbox.locator(`[data-task="${critical.taskId}"][data-status=DONE]`).waitFor();

    const { task } = await ask(server.url, TaskDocument, { id: critical.taskId }, ids.operator);
    expect(task).toMatchObject({ status: 'DONE', note: 'Đã thay cầu dao, có điện lại lúc 08:10' });
    // Ended tasks go below the ones still to do.
    const fresh = await report('POWER_OUTAGE', 'LOW', 'Đèn đường trước cổng không sáng');
    await card(inbox, fresh.taskId).waitFor();
    expect(await position(inbox, fresh.taskId)).toBeLessThan(await position(inbox, critical.taskId));
    expect(dialogs).toEqual([]);
    await inbox.context().close();
  });

  it('shows a task whose incident was resolved while it was open as cancelled, with why, and one under way as resolved', async () => {
    dialogs = [];
    const open = await report('SANITATION', 'MEDIUM', 'Rác tràn ra lối vào điểm bỏ phiếu');
    const underWay = await report('SANITATION', 'LOW', 'Nhà vệ sinh điểm bỏ phiếu bị tắc');
    const sanitation = await login(server.url, 'liaison.sanitation');
    await acknowledgeTask(server.url, underWay.taskId, sanitation);
    const inbox = await signIn('liaison.sanitation', { width: 360, height: 640 });
    await card(inbox, open.taskId).waitFor();

    for (const incident of [open, underWay]) {
      await resolveIncident(server.url, { id: incident.id, note: 'Tổ dân phố đã dọn xong' }, ids.operator);
    }
    const cancelled = inbox.locator(`[data-task="${open.taskId}"][data-status=CANCELLED]`);
    await cancelled.waitFor();
    const why = await cancelled.locator('[data-test=cancelled]').textContent();
    expect(why).toContain('đã hủy');
    expect(why).toContain('Tổ dân phố đã dọn xong');
    expect(await cancelled.locator('[data-action]:not([data-action=history])').count()).toBe(0);
    expect(await cancelled.locator('[data-test=countdown]').count()).toBe(0);

    const resolved = card(inbox, underWay.taskId);
    await resolved.locator('[data-test=incident-resolved]').waitFor();
    expect(await resolved.locator('[data-test=incident-resolved]').textContent()).toContain('Sự cố đã được giải quyết');
    await expect(resolved.locator('[data-action=done]').isVisible()).resolves.toBe(true);
    expect(dialogs).toEqual([]);
    await inbox.context().close();
  });

  it('fits the inbox on a phone, an office screen and a 4K wall', async () => {
    dialogs = [];
    const waiting = await report('POWER_OUTAGE', 'CRITICAL', 'Mất điện cả dãy phố Bạch Mai, máy phát chưa chạy được');
    const inHand = await report('POWER_OUTAGE', 'MEDIUM', 'Ổ cắm khu vực kiểm phiếu bị cháy xém');
    const power = await login(server.url, 'liaison.power');
    await acknowledgeTask(server.url, inHand.taskId, power);
    await ask(server.url, StartTaskDocument, { id: inHand.taskId }, power);
    const gone = await report('POWER_OUTAGE', 'HIGH', 'Cột điện nghiêng trước cổng trường');
    await resolveIncident(server.url, { id: gone.id, note: 'Công an phường đã rào chắn, không cần điện lực' }, ids.operator);
    for (const viewport of VIEWPORTS) {
      const inbox = await signIn('liaison.power', viewport);
      await card(inbox, waiting.taskId).waitFor();
      await inbox.locator(`[data-task="${gone.taskId}"][data-status=CANCELLED]`).waitFor();
      await card(inbox, inHand.taskId).locator('[data-action=history]').click();
      await card(inbox, inHand.taskId).locator('[data-test=timeline] li').first().waitFor();
      await inbox.screenshot({ path: join(SCREENSHOTS, `tasks-${viewport.width}x${viewport.height}.png`), fullPage: viewport.width === 360 });
      if (viewport.width === 360) expect(await pastTheEdge(inbox)).toEqual([]);
      await inbox.context().close();
    }
    expect(dialogs).toEqual([]);
  });
});
