import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds } from '../support/demo.js';
import { pastTheEdge, signIn as signInAs, VIEWPORTS } from '../support/layout.js';
import {
  ask,
  ComplaintsDocument,
  ElectionNowDocument,
  eventLog,
  lastSeq,
  login,
  MeDocument,
  ReceiveComplaintDocument,
  type ReceiveComplaintInput,
} from '../support/operations.js';
import { ELECTION_DATE, startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();
const PHONE = VIEWPORTS[0];
const DESK = VIEWPORTS[1];
/** The denouncer: a name that must show on the operator's complaint detail and nowhere else. */
const NAME = 'Phạm Thị Tố Giác';
const CONTACT = 'Ngõ 12 Đại La, 0912 000 111';

/** Everything the page keeps in IndexedDB, every database and store, as one string (run in the page). */
async function everythingStored(): Promise<string> {
  const out: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(info.name!);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const names = Array.from(db.objectStoreNames);
    if (names.length) {
      const tx = db.transaction(names);
      const reads = names.map(
        (n) =>
          new Promise<void>((ok) => {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => (out.push({ db: info.name, store: n, values: r.result }), ok());
          }),
      );
      await Promise.all(reads);
    }
    db.close();
  }
  return JSON.stringify(out);
}

// Complaints and denunciations (SPEC 8.4) early on election day (06:00, nothing overdue at the areas,
// so the ops room's first panel has room): the Đồng Tâm officer takes one in on a phone — online,
// offline —, the operator handles it on the register, and one overdue shows red there and on the wall.
// Who filed it shows on the operator's complaint detail and nowhere else.
describe.skipIf(!hasBrowser)('complaints in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let dialogs: string[];
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: `${ELECTION_DATE}T06:00:00+07:00` });
    ids = await demoIds(server.url);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  const signIn = (username: string, viewport: { width: number; height: number }, opts: { next?: string; serviceWorkers?: 'block' } = {}) =>
    signInAs(browser, server.url, username, viewport, { ...opts, dialogs });

  /** The ward desk of Đồng Tâm on a phone, once its areas are on it. */
  async function wardPhone(opts: { serviceWorkers?: 'block' } = {}): Promise<Page> {
    const page = await signIn('ward.dong-tam', PHONE, opts);
    await page.locator('[data-area]').first().waitFor();
    return page;
  }

  /** Fill the intake form: kind, subject, area (by its option value), summary, who filed it. */
  async function fillIntake(page: Page, f: { kind: string; subject: string; place?: string; summary: string; name: string; contact?: string }) {
    const form = page.locator('[data-test=complaint-form]');
    await form.locator(`[data-kind=${f.kind}]`).click();
    await form.locator(`[data-subject=${f.subject}]`).click();
    if (f.place) await form.locator('select[name=place]').selectOption(f.place);
    await form.locator('textarea[name=summary]').fill(f.summary);
    await form.locator('input[name=complainant-name]').fill(f.name);
    if (f.contact) await form.locator('input[name=complainant-contact]').fill(f.contact);
    return form;
  }

  async function complaintsWith(summary: string) {
    const { complaints } = await ask(server.url, ComplaintsDocument, {}, ids.operator);
    return complaints.filter((c) => c.summary === summary);
  }

  it('a denunciation taken in on the ward phone: pending, confirmed, listed without the name; the operator reads it live, with the name, and handles it', async () => {
    dialogs = [];
    const dongTam = ids.ward('dong-tam');
    const area = [...dongTam.pollingAreas].sort((a, b) => a.number - b.number)[3];
    const officerName = (await ask(server.url, MeDocument, {}, await login(server.url, 'ward.dong-tam'))).me!.displayName;
    const operatorName = (await ask(server.url, MeDocument, {}, ids.operator)).me!.displayName;
    const desk = await signIn('operator', DESK, { next: '/complaints' });
    await desk.locator('[data-test=complaint-counts]').waitFor();

    // The service worker out, so that the phone's send can be held back a moment: "Chờ gửi" is seen.
    const phone = await wardPhone({ serviceWorkers: 'block' });
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    await phone.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('mutation ReceiveComplaint')) await held;
      await route.continue();
    });
    await phone.locator('[data-test=receive-complaint]').click();
    // The form is brought into view just below the sticky header, its first choice (the kind) in sight.
    const underHeader = () =>
      phone.evaluate(() => {
        const form = document.querySelector('[data-test=complaint-form]')!.getBoundingClientRect().top;
        const header = document.querySelector('.ward-header')!.getBoundingClientRect().bottom;
        return window.scrollY > 0 && form >= header && form - header < 40;
      });
    await expect.poll(underHeader, { timeout: 5_000 }).toBe(true);
    await phone.screenshot({ path: join(SCREENSHOTS, 'complaints-ward-form-360x640.png') });
    const summary = 'Tổ bầu cử số 4 gạch phiếu hộ cử tri cao tuổi, không để cử tri tự bỏ phiếu';
    const form = await fillIntake(phone, { kind: 'DENUNCIATION', subject: 'VOTING', place: `area:${area.id}`, summary, name: NAME, contact: CONTACT });
    expect(await form.locator('[data-test=complaint-privacy]').textContent()).toContain('Chỉ Ban chỉ đạo quận xem được họ tên người gửi đơn');
    await phone.screenshot({ path: join(SCREENSHOTS, 'complaints-ward-intake-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);
    await form.locator('[data-test=send-complaint]').click();
    await form.waitFor({ state: 'detached' });

    const pendingItem = phone.locator('[data-test=pending-complaint]', { hasText: summary.slice(0, 30) });
    await pendingItem.waitFor();
    expect(await pendingItem.textContent()).toContain('Chờ gửi');
    expect(await pendingItem.textContent()).toContain('Tố cáo');
    expect(await phone.locator('body').innerText()).not.toContain(NAME);
    release();
    await pendingItem.waitFor({ state: 'detached', timeout: 20_000 });
    const mine = phone.locator('[data-test=ward-complaints] [data-complaint]', { hasText: summary.slice(0, 30) });
    await mine.waitFor();
    const code = (await mine.getAttribute('data-complaint'))!;
    expect(code).toMatch(/^DT-\d{4}$/);
    expect(await mine.textContent()).toMatch(/Tố cáo.*Việc bỏ phiếu.*Mới tiếp nhận.*Còn \d+ giờ/);

    // Nothing on the officer's page names who filed it — not the list, not the form, not the store's offline copy.
    const text = await phone.locator('body').innerText();
    expect(text).not.toContain(NAME);
    expect(text).not.toContain(CONTACT);
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: join(SCREENSHOTS, 'complaints-ward-list-360x640.png'), fullPage: true });
    expect(await pastTheEdge(phone)).toEqual([]);
    // The offline copy is written a moment after the change: once it holds the complaint, the name is still nowhere.
    await expect.poll(() => phone.evaluate(everythingStored), { timeout: 20_000, interval: 500 }).toContain(code);
    const stored = await phone.evaluate(everythingStored);
    expect(stored).not.toContain(NAME);
    expect(stored).not.toContain(CONTACT);
    const webStorage = await phone.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(webStorage).not.toContain(NAME);
    expect(await complaintsWith(summary)).toHaveLength(1);

    // The operator's register shows it live; opened, who filed it, and only there.
    const row = desk.locator(`[data-complaint="${code}"]`);
    await row.waitFor();
    expect(await row.locator('.c-kind').textContent()).toBe('Tố cáo');
    expect(await desk.locator('[data-test=complaint-register]').textContent()).not.toContain(NAME);
    await row.click();
    const record = desk.locator('[data-test=complaint-record]');
    await record.locator('[data-test=complainant-name]', { hasText: NAME }).waitFor();
    expect(await record.locator('[data-test=complainant]').textContent()).toContain(CONTACT);
    await record.locator('[data-test=complaint-timeline] li[data-type=COMPLAINT_RECEIVED]', { hasText: officerName }).waitFor();
    expect(new URL(desk.url()).searchParams.get('complaint')).toBeTruthy();

    await record.locator('[data-action=assign]').click();
    await record.locator('[data-action=confirm]').click();
    await record.locator('[data-test=complaint-error]', { hasText: 'Ghi nội dung' }).waitFor(); // a name is needed
    await record.locator('input[name=assignee]').fill('Tổ công tác số 2, UBND phường Đồng Tâm');
    await record.locator('[data-action=confirm]').click();
    await desk.locator('[data-test=complaint-record][data-status=ASSIGNED]').waitFor();
    const assigned = record.locator('[data-test=complaint-timeline] li[data-type=COMPLAINT_ASSIGNED]');
    await assigned.waitFor();
    expect(await assigned.textContent()).toContain('Tổ công tác số 2');
    expect(await assigned.textContent()).toContain(operatorName);
    await desk.screenshot({ path: join(SCREENSHOTS, 'complaints-assigned-1920x1080.png') });
    expect(await pastTheEdge(desk)).toEqual([]);

    await record.locator('[data-action=answer]').click();
    await record.locator('textarea[name=answer]').fill('Đã xác minh, nhắc nhở tổ bầu cử số 4; cử tri được tự bỏ phiếu.');
    await record.locator('[data-action=confirm]').click();
    await desk.locator('[data-test=complaint-record][data-status=ANSWERED]').waitFor();
    expect(await record.locator('[data-test=complaint-answer]').textContent()).toContain('nhắc nhở tổ bầu cử số 4');
    await record.locator('[data-action=close]').click();
    expect(await record.locator('[data-test=ask-close]').textContent()).toContain(`Đóng đơn ${code}?`);
    await record.locator('[data-action=confirm]').click();
    await desk.locator('[data-test=complaint-record][data-status=CLOSED]').waitFor();
    await record.locator('[data-test=complaint-timeline] li[data-type=COMPLAINT_CLOSED]').waitFor();
    // The ward desk follows it live, still without the name.
    await phone.locator(`[data-complaint="${code}"][data-status=CLOSED]`).waitFor();
    expect(await phone.locator('body').innerText()).not.toContain(NAME);
    expect(dialogs).toEqual([]);
    await desk.context().close();
    await phone.context().close();
  });

  it('takes one in offline and sends it once, when the network is back', async () => {
    const phone = await wardPhone();
    const after = await lastSeq(server.url, ids.operator);
    const context = phone.context();
    await context.setOffline(true);
    await phone.locator('[data-test=offline-banner]').waitFor({ timeout: 20_000 });
    await phone.locator('[data-test=receive-complaint]').click();
    const summary = 'Đề nghị bố trí thêm ghế chờ cho cử tri cao tuổi tại khu vực bỏ phiếu';
    const form = await fillIntake(phone, { kind: 'PETITION', subject: 'ORGANISATION', summary, name: 'Hoàng Văn Kiến Nghị' });
    await form.locator('[data-test=send-complaint]').click();
    const pendingItem = phone.locator('[data-test=pending-complaint]', { hasText: summary.slice(0, 30) });
    await pendingItem.waitFor();
    expect(await phone.locator('[data-test=pending-count]').textContent()).toContain('(1)');
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: join(SCREENSHOTS, 'complaints-ward-offline-360x640.png'), fullPage: true });
    expect(await pastTheEdge(phone)).toEqual([]);

    await context.setOffline(false);
    await phone.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 30_000 });
    await phone.locator('[data-test=ward-complaints] [data-complaint]', { hasText: summary.slice(0, 30) }).waitFor();
    expect(await complaintsWith(summary)).toHaveLength(1);
    const events = await eventLog(server.url, ids.operator, after);
    expect(events.filter((e) => e.type === 'COMPLAINT_RECEIVED')).toHaveLength(1);
    expect(await phone.evaluate(everythingStored)).not.toContain('Hoàng Văn Kiến Nghị');
    await phone.context().close();
  });

  it('shows an overdue complaint red and first on the register, and on the ops wall, at 1080p and 4K', async () => {
    // About the voter list, received six days ago: five days to answer, so one day overdue.
    const { election } = await ask(server.url, ElectionNowDocument, {}, ids.operator);
    const input: ReceiveComplaintInput = {
      kind: 'COMPLAINT',
      subject: 'VOTER_LIST',
      channel: 'LETTER',
      summary: 'Gia đình có 3 người không có tên trong danh sách cử tri niêm yết tại tổ dân phố 5',
      wardId: ids.ward('dong-tam').id,
      receivedAt: new Date(Date.parse(election.now) - 6 * 24 * 3_600_000).toISOString(),
      complainant: { name: 'Đỗ Văn Khiếu', contact: '0987 654 321' },
    };
    const { receiveComplaint: late } = await ask(server.url, ReceiveComplaintDocument, { input }, ids.operator);
    for (const size of VIEWPORTS.slice(1)) {
      const name = `${size.width}x${size.height}`;
      const desk = await signIn('operator', size, { next: '/complaints' });
      const row = desk.locator(`[data-complaint="${late.code}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-late')).toBe('true');
      expect(await desk.locator('[data-complaint]').first().getAttribute('data-complaint')).toBe(late.code);
      const due = row.locator('[data-test=complaint-due] .overdue');
      expect(await due.textContent()).toMatch(/^Quá hạn 1 ngày/);
      expect(await due.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(239, 68, 68)');
      expect(await desk.locator('[data-test=complaint-counts]').textContent()).toContain('1 quá hạn');
      await desk.screenshot({ path: join(SCREENSHOTS, `complaints-${name}.png`) });
      expect(await pastTheEdge(desk), `complaints at ${name}`).toEqual([]);
      await row.click();
      await desk.locator('[data-test=complainant-name]', { hasText: 'Đỗ Văn Khiếu' }).waitFor();
      await desk.locator('[data-test=complaint-timeline] li[data-type=COMPLAINT_OVERDUE]').waitFor();
      await desk.screenshot({ path: join(SCREENSHOTS, `complaints-open-${name}.png`) });
      expect(await pastTheEdge(desk), `an open complaint at ${name}`).toEqual([]);
      // The operator's own intake, for the district as a whole, received now (the field says when).
      await desk.locator('[data-test=start-intake]').click();
      const form = await fillIntake(desk, {
        kind: 'COMPLAINT',
        subject: 'COUNTING',
        place: 'district',
        summary: `Đề nghị công khai biên bản kiểm phiếu ngay tại khu vực bỏ phiếu (${name})`,
        name: 'Vũ Thị Đề Nghị',
      });
      expect(await form.locator('input[name=receivedAt]').inputValue()).toMatch(/^2021-05-23T06:0\d$/);
      await desk.screenshot({ path: join(SCREENSHOTS, `complaints-intake-${name}.png`) });
      expect(await pastTheEdge(desk), `the intake at ${name}`).toEqual([]);
      await form.locator('[data-test=send-complaint]').click();
      await desk.locator('[data-test=intake-received]').waitFor();
      await desk.locator('[data-test=complaint-record] [data-test=complainant-name]', { hasText: 'Vũ Thị Đề Nghị' }).waitFor();
      expect(await desk.locator('[data-test=complaint-record] .place').textContent()).toBe('Toàn quận');
      await desk.context().close();

      const wall = await signIn('observer', size);
      const entry = wall.locator(`[data-test=exceptions] [data-kind=complaint][data-area="${late.code}"]`);
      await entry.waitFor();
      expect(await entry.locator('.name').textContent()).toBe(`Đơn ${late.code} quá hạn trả lời`);
      expect(await entry.locator('.detail').textContent()).toMatch(/^Khiếu nại · Danh sách cử tri · hạn \d\d:\d\d \d\d\/05$/);
      expect(await wall.locator('[data-test=exceptions]').textContent()).toContain('1 đơn quá hạn');
      expect(await wall.locator('body').innerText()).not.toContain('Đỗ Văn Khiếu');
      await wall.screenshot({ path: join(SCREENSHOTS, `ops-complaints-${name}.png`) });
      await wall.context().close();
    }
    // On the phone, the ward's list says it too.
    const phone = await wardPhone();
    await phone.locator('[data-test=complaint-count]').click();
    const mine = phone.locator(`[data-test=ward-complaints] [data-complaint="${late.code}"]`);
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Quá hạn 1 ngày');
    expect(await phone.locator('[data-test=ward-complaints] [data-complaint]').first().getAttribute('data-complaint')).toBe(late.code);
    expect(await phone.locator('body').innerText()).not.toContain('Đỗ Văn Khiếu');
    await phone.context().close();
  });
});
