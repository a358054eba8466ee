import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds, openArea } from '../support/demo.js';
import { pastTheEdge, signIn as signInAs, VIEWPORTS } from '../support/layout.js';
import {
  ask,
  BallotBoxVisitsDocument,
  eventLog,
  lastSeq,
  login,
  RequestBallotBoxVisitDocument,
  ScheduleBallotBoxVisitDocument,
} from '../support/operations.js';
import { ELECTION_DATE, startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();
const [PHONE, WIDE, WALL] = VIEWPORTS;

// The auxiliary ballot box (SPEC 8.5) at 08:30 on election day: the Đồng Tâm officer, on a phone,
// asks for it, sets its time and records what came back; a quarantine visit waits for the epidemic kit;
// one is called off; one asked for offline is sent once. The wall shows what is still to go, and a
// visit an hour past its time without a result.
describe.skipIf(!hasBrowser)('the auxiliary ballot box in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const dialogs: string[] = [];
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: `${ELECTION_DATE}T08:30:00+07:00` });
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
  const visitsAt = async (address: string) =>
    (await ask(server.url, BallotBoxVisitsDocument, {}, ids.operator)).ballotBoxVisits.filter((v) => v.address === address);

  /** Ask for the box from the area's card, as a hurried officer does: reason, voters, address, send. */
  async function request(card: Locator, f: { reason?: string; voters: number; address: string; note?: string }, page?: Page, shot?: string) {
    await card.locator('[data-test=visit-request-open]').click();
    const form = card.locator('[data-test=visit-request-form]');
    await form.waitFor();
    if (f.reason) await form.locator(`[data-reason=${f.reason}]`).click();
    await form.locator('input[name=visitVoters]').fill(String(f.voters));
    await form.locator('input[name=visitAddress]').fill(f.address);
    if (f.note) await form.locator('input[name=visitNote]').fill(f.note);
    expect(await form.locator('[data-test=send-visit-request]').textContent()).toContain(`${f.voters} cử tri`);
    if (page && shot) {
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, shot) });
      expect(await pastTheEdge(page)).toEqual([]);
    }
    await form.locator('[data-test=send-visit-request]').click();
  }
  /** The visit's line on the card, once the server has confirmed it. */
  const visitLine = (card: Locator, address: string) => card.locator('li[data-visit]', { hasText: address });

  it('requests, schedules and records on the phone; waits for the epidemic kit; cancels; sends an offline request once; the wall follows', async () => {
    const ward = ids.ward('dong-tam');
    const area = [...ward.pollingAreas].sort((a, b) => a.number - b.number)[0];
    await openArea(server.url, ids.operator, area.id);
    const seq = await lastSeq(server.url, ids.operator);

    const wall = await signIn('observer', WIDE, '/ops');
    await wall.locator('[data-test=ops]').waitFor();
    const page = await signIn('ward.dong-tam', PHONE);
    const card = page.locator(`[data-area="${area.code}"]`);
    await card.locator('.summary').click();
    await card.locator('[data-test=area-visits]').waitFor();

    // An ill elderly couple: asked for, set for the next half hour (read back in words), the ballots recorded.
    await request(card, { voters: 2, address: 'Số 5 ngõ 12 Đại La', note: 'Tầng 3, gọi bà Lan 0912 000 222' }, page, 'ward-visit-request-360x640.png');
    const first = visitLine(card, 'Số 5 ngõ 12 Đại La');
    await first.and(page.locator('[data-status=REQUESTED]')).waitFor();
    await wall.locator('[data-test=ops-visits]', { hasText: '1 chờ đi' }).waitFor();
    await page.locator('[data-test=ward-visits]', { hasText: 'Số 1: chờ xếp lịch · 2 cử tri · Số 5 ngõ 12 Đại La' }).waitFor();

    await first.locator('[data-move=schedule]').click();
    expect(await first.locator('[data-test=visit-read-back]').textContent()).toContain('Đi lúc 09:00 sáng nay, còn');
    await first.locator('[data-test=send-visit-schedule]').click();
    await first.and(page.locator('[data-status=SCHEDULED]')).locator('[data-test=visit-when]', { hasText: 'Hẹn 09:00' }).waitFor();
    await first.locator('[data-test=visit-pending]').waitFor({ state: 'detached', timeout: 20_000 });
    await wall.locator('[data-test=ops-visits]', { hasText: '1 đã hẹn · sớm nhất 09:00 · KVBP số 1, Đồng Tâm' }).waitFor();

    await first.locator('[data-move=record]').click();
    expect(await first.locator('input[name=visitBallots]').inputValue()).toBe('2');
    await first.locator('[data-test=send-visit-record]').click();
    await first.and(page.locator('[data-status=VISITED]')).locator('[data-test=visit-when]', { hasText: 'thu 2/2 phiếu' }).waitFor();
    await first.locator('[data-test=visit-pending]').waitFor({ state: 'detached', timeout: 20_000 });
    expect((await visitsAt('Số 5 ngõ 12 Đại La'))[0]).toMatchObject({ status: 'VISITED', ballotsCollected: 2, voters: 2, reason: 'ILL_ELDERLY' });

    // A quarantined household: no time without the epidemic kit, said beside the visit with what to do.
    await request(card, { reason: 'QUARANTINE', voters: 3, address: 'Nhà 8 ngõ 46 Trần Khát Chân' });
    const quarantine = visitLine(card, 'Nhà 8 ngõ 46 Trần Khát Chân');
    await quarantine.and(page.locator('[data-status=REQUESTED]')).waitFor();
    await quarantine.locator('[data-move=schedule]').click();
    await quarantine.locator('[data-test=send-visit-schedule]').click();
    const refusal = quarantine.locator('[data-test=refusal]');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toContain('Vật tư phòng dịch');
    expect(await refusal.locator('[data-test=todo]').textContent()).toContain('đánh dấu “Vật tư phòng dịch”');
    await page.locator('[data-test=attention]', { hasText: 'gửi bị từ chối' }).waitFor();
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-visit-refused-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);

    // The kit ticked on the checklist, the refusal dismissed, the time set again.
    await card.locator('.checklist-box summary').click();
    await card.locator('[data-item=EPIDEMIC_KIT]').check();
    await card.locator('[data-test=pending-item]').waitFor({ state: 'detached', timeout: 20_000 });
    await refusal.getByRole('button', { name: 'Đã hiểu' }).click();
    await quarantine.locator('[data-move=schedule]').click();
    await quarantine.locator('input[name=visitAt]').fill('10:30');
    expect(await quarantine.locator('[data-test=visit-read-back]').textContent()).toContain('10:30 sáng nay');
    await quarantine.locator('[data-test=send-visit-schedule]').click();
    await quarantine.and(page.locator('[data-status=SCHEDULED]')).locator('[data-test=visit-when]', { hasText: 'Hẹn 10:30' }).waitFor();
    await quarantine.locator('[data-test=visit-pending]').waitFor({ state: 'detached', timeout: 20_000 });

    // Asked for with no network: kept on the phone, sent once when it is back.
    await page.context().setOffline(true);
    await request(card, { reason: 'DISABLED', voters: 1, address: 'Số 21 phố Lò Đúc' });
    await card.locator('[data-test=visit-queued]', { hasText: 'chờ gửi' }).waitFor();
    await page.context().setOffline(false);
    const offline = visitLine(card, 'Số 21 phố Lò Đúc');
    await offline.and(page.locator('[data-status=REQUESTED]')).waitFor({ timeout: 30_000 });
    await card.locator('[data-test=visit-queued]').waitFor({ state: 'detached' });
    expect(await visitsAt('Số 21 phố Lò Đúc')).toHaveLength(1);

    // One more, set by the desk for 07:00 and never recorded: an hour and more past its time, the wall lists it.
    const officer = await login(server.url, 'ward.dong-tam');
    const late = (
      await ask(
        server.url,
        RequestBallotBoxVisitDocument,
        { input: { pollingAreaId: area.id, voters: 1, reason: 'HOSPITAL', address: 'Bệnh viện Thanh Nhàn, khoa Nội' } },
        officer,
      )
    ).requestBallotBoxVisit;
    await ask(server.url, ScheduleBallotBoxVisitDocument, { id: late.id, at: `${ELECTION_DATE}T07:00:00+07:00` }, officer);

    // The wall: 1 waiting (the offline one), 2 with a time, the first not overdue 10:30, one overdue in the first panel.
    const line = wall.locator('[data-test=ops-visits]');
    await line.filter({ hasText: '1 chờ đi · 2 đã hẹn · sớm nhất 10:30 · KVBP số 1, Đồng Tâm · 1 quá giờ' }).waitFor();
    // In the first panel, under its ward: counted beside the areas not opened (more pressing at 08:30), named when there is room.
    await wall.locator('[data-test=ops]', { hasText: '1 hòm phụ quá giờ' }).waitFor();
    const named = wall.locator(`[data-kind=visit][data-area="${late.code}"]`);
    if (await named.count()) expect(await named.textContent()).toContain('Hẹn 07:00, quá 1 giờ chưa có kết quả · 1 cử tri · Đang nằm viện');
    await wall.screenshot({ path: join(SCREENSHOTS, 'ops-visits-1920x1080.png') });
    expect(await pastTheEdge(wall)).toEqual([]);
    await wall.setViewportSize(WALL);
    await line.waitFor();
    await wall.screenshot({ path: join(SCREENSHOTS, 'ops-visits-3840x2160.png') });
    expect(await pastTheEdge(wall)).toEqual([]);

    // Called off: the voter came to vote.
    await offline.locator('[data-move=cancel]').click();
    await offline.locator('[data-cancel-reason=cameToVote]').click();
    await offline.locator('[data-test=send-visit-cancel]').click();
    await offline.and(page.locator('[data-status=CANCELLED]')).locator('[data-test=visit-when]', { hasText: 'Đã hủy: Cử tri đã tự đến bỏ phiếu' }).waitFor();
    await offline.locator('[data-test=visit-pending]').waitFor({ state: 'detached', timeout: 20_000 });
    await line.filter({ hasText: '2 đã hẹn' }).filter({ hasNotText: 'chờ đi' }).waitFor();

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-visits-top-360x640.png') });
    await card.locator('[data-test=area-visits]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'ward-visits-area-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);

    const events = await eventLog(server.url, ids.operator, seq);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect([
      count('BALLOT_BOX_VISIT_REQUESTED'),
      count('BALLOT_BOX_VISIT_SCHEDULED'),
      count('BALLOT_BOX_VISIT_RECORDED'),
      count('BALLOT_BOX_VISIT_CANCELLED'),
    ]).toEqual([4, 3, 1, 1]);
    expect(dialogs).toEqual([]);
    for (const p of [page, wall]) await p.context().close();
  });
});
