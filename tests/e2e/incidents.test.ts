import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds, openArea } from '../support/demo.js';
import {
  acknowledgeTask,
  AddIncidentNoteDocument,
  AreaDetailDocument,
  ask,
  dispatchTask,
  login,
  MeDocument,
  reportIncident,
  reportTurnout,
  setAreaStatus,
  type IncidentCategory,
} from '../support/operations.js';
import { pastTheEdge, signIn as signInAs, VIEWPORTS } from '../support/layout.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();

describe.skipIf(!hasBrowser)('the incident board and the area view in Chromium', () => {
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

  const signIn = (username: string, viewport: { width: number; height: number }, next?: string) =>
    signInAs(browser, server.url, username, viewport, { next, dialogs });

  async function displayName(username: string): Promise<string> {
    return (await ask(server.url, MeDocument, {}, await login(server.url, username))).me!.displayName;
  }

  async function report(wardCode: string, title: string, category: IncidentCategory = 'MATERIALS') {
    const w = ids.ward(wardCode);
    return reportIncident(
      server.url,
      { wardId: w.id, pollingAreaId: w.pollingAreas[1].id, category, severity: 'HIGH', title, affectsVoting: true },
      await login(server.url, `ward.${wardCode}`),
    );
  }

  it('takes a note, marks in progress, and shows the reopen reason, with display names in the timeline', async () => {
    dialogs = [];
    const incident = await report('bach-mai', 'Thiếu 200 phiếu bầu đại biểu HĐND quận');
    const board = await signIn('operator', { width: 1400, height: 900 });
    await board.locator(`[data-incident="${incident.code}"] button`).click();
    const detail = board.locator('[data-test=incident-detail]');
    await detail.locator('[data-action=start]').click();
    await board.locator('[data-test=incident-detail][data-status=IN_PROGRESS]').waitFor();

    await detail.locator('textarea[name=note-text]').fill('Đã liên hệ Ủy ban bầu cử quận, xe chở phiếu đang đến');
    await detail.locator('[data-action=add-note]').click();
    const note = detail.locator('[data-test=timeline] li[data-type=INCIDENT_NOTE_ADDED]');
    await note.waitFor();
    expect(await note.textContent()).toContain('xe chở phiếu đang đến');
    expect(await note.locator('[data-test=who]').textContent()).toContain(await displayName('operator'));

    await detail.locator('[data-action=resolve]').click();
    await detail.locator('textarea[name=note]').fill('Đã bổ sung đủ phiếu');
    await detail.locator('[data-action=confirm]').click();
    await board.locator('[data-test=incident-detail][data-status=RESOLVED]').waitFor();
    await detail.locator('[data-action=reopen]').click();
    await detail.locator('textarea[name=reason]').fill('Phát hiện thiếu thêm 50 phiếu');
    await detail.locator('[data-action=confirm]').click();
    const reopened = detail.locator('[data-test=timeline] li[data-type=INCIDENT_REOPENED]');
    await reopened.waitFor();
    expect(await reopened.textContent()).toMatch(/Mở lại.*Phát hiện thiếu thêm 50 phiếu/);

    const timeline = (await detail.locator('[data-test=timeline]').textContent())!;
    expect(timeline).toContain(await displayName('ward.bach-mai'));
    for (const username of ['ward.bach-mai', '— operator']) expect(timeline).not.toContain(username);
    expect(dialogs).toEqual([]);
    await board.context().close();
  });

  it('corrects a turnout typo and reopens an area closed by mistake from the area view', async () => {
    dialogs = [];
    const area = ids.ward('quynh-mai').pollingAreas.find((a) => a.registeredVoters >= 1300)!;
    await openArea(server.url, ids.operator, area.id);
    const officer = await login(server.url, 'ward.quynh-mai');
    await reportTurnout(server.url, { pollingAreaId: area.id, voted: 1300 }, officer);

    const view = await signIn('operator', { width: 1400, height: 900 });
    // From the board to the area view, as the operator goes.
    await view.click('[data-test=areas-link]');
    await view.selectOption('.picker select[name=ward]', ids.ward('quynh-mai').id);
    await view.selectOption('.picker select[name=area]', area.id);
    expect(new URL(view.url()).searchParams.get('area')).toBe(area.id);
    const turnout = view.locator('[data-test=area-turnout]');
    await turnout.locator('li[data-voted="1300"]').waitFor();
    await turnout.locator('input[name=voted]').fill('500');
    // Lower than the last report without a reason: refused beside the form, saying what to do.
    await turnout.locator('[data-action=send-turnout]').click();
    expect(await turnout.locator('[data-test=turnout-error]').textContent()).toContain('lý do');
    await turnout.locator('textarea[name=correctionReason]').fill('Cán bộ phường nhập nhầm 1300, số đúng là 500');
    await turnout.locator('[data-action=send-turnout]').click();
    const corrected = turnout.locator('li[data-voted="500"]');
    await corrected.waitFor();
    expect(await corrected.locator('[data-test=correction]').textContent()).toContain('nhập nhầm 1300');
    expect(await turnout.locator('li[data-voted="1300"]').count()).toBe(1);

    await setAreaStatus(server.url, { id: area.id, status: 'CLOSED' }, officer);
    const status = view.locator('[data-test=area-status]');
    await status.locator('[data-action=reopen-area]').click();
    await status.locator('textarea[name=reopenReason]').fill('Tổ bầu cử bấm nhầm kết thúc, cử tri còn xếp hàng');
    await status.locator('[data-action=reopen-next]').click();
    expect(await status.locator('[data-test=reopen-confirm]').textContent()).toContain('cử tri còn xếp hàng');
    await status.locator('[data-action=reopen-confirm]').click();
    await status.locator('[data-test=status-history] li[data-status=VOTING]', { hasText: 'bấm nhầm kết thúc' }).waitFor();
    expect((await ask(server.url, AreaDetailDocument, { id: area.id }, ids.operator)).pollingArea!.status).toBe('VOTING');
    expect(dialogs).toEqual([]);
    await view.context().close();
  });

  it('signs a user out everywhere from the sessions panel, after a confirmation', async () => {
    dialogs = [];
    const health = await signIn('liaison.health', { width: 360, height: 640 });
    expect(new URL(health.url()).pathname).toBe('/tasks');
    const panel = await signIn('operator', { width: 1400, height: 900 });
    await panel.click('[data-test=users-link]');
    const row = panel.locator('[data-user="liaison.health"]');
    expect(await row.textContent()).toContain(await displayName('liaison.health'));
    await row.locator('[data-action=revoke]').click();
    await row.locator('[data-action=revoke-confirm]').click();
    await row.locator('[data-test=revoke-result]').waitFor();
    // Its open screen is signed out: the socket is closed and the next request refused.
    await health.waitForURL('**/login**', { timeout: 30_000 });
    expect(dialogs).toEqual([]);
    await health.context().close();
    await panel.context().close();
  });

  it('fits the board and the area view on a phone, an office screen and a 4K wall', async () => {
    dialogs = [];
    const incident = await report('dong-tam', 'Loa phát thanh điểm bỏ phiếu hỏng, cử tri không nghe gọi tên', 'OTHER');
    const dispatched = await dispatchTask(server.url, { incidentId: incident.id, agency: 'POLICE' }, ids.operator);
    await acknowledgeTask(server.url, dispatched.id, await login(server.url, 'liaison.police'));
    await ask(server.url, AddIncidentNoteDocument, { id: incident.id, text: 'Đã mượn loa cầm tay của tổ dân phố, cử tri đã nghe rõ' }, ids.operator);
    const area = ids.ward('dong-tam').pollingAreas[1];
    await openArea(server.url, ids.operator, area.id);
    const officer = await login(server.url, 'ward.dong-tam');
    for (const voted of [210, 480]) await reportTurnout(server.url, { pollingAreaId: area.id, voted }, officer);
    await reportTurnout(
      server.url,
      { pollingAreaId: area.id, voted: 408, correctionReason: 'Tổ bầu cử cộng nhầm hai lần danh sách cử tri vãng lai' },
      ids.operator,
    );
    for (const viewport of VIEWPORTS) {
      const board = await signIn('operator', viewport);
      await board.locator(`[data-incident="${incident.code}"] button`).click();
      await board.locator('[data-test=timeline] li').first().waitFor();
      await board.screenshot({ path: join(SCREENSHOTS, `incidents-${viewport.width}x${viewport.height}.png`), fullPage: viewport.width === 360 });
      if (viewport.width === 360) expect(await pastTheEdge(board)).toEqual([]);

      // A reload opens the same view: it lives in the query of /incidents.
      await board.goto(`${server.url}/incidents?view=area&area=${area.id}`);
      await board.locator('[data-test=area-checklist] li').first().waitFor();
      await board.screenshot({ path: join(SCREENSHOTS, `area-${viewport.width}x${viewport.height}.png`), fullPage: viewport.width === 360 });
      if (viewport.width === 360) expect(await pastTheEdge(board)).toEqual([]);
      await board.context().close();
    }
    expect(dialogs).toEqual([]);
  });
});
