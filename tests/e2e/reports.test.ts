import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { demoIds, openArea } from '../support/demo.js';
import { pastTheEdge, signIn as signInAs, VIEWPORTS } from '../support/layout.js';
import {
  ask,
  ElectionNowDocument,
  login,
  reportIncident,
  reportTurnout,
  setAreaStatus,
  SituationReportsDocument,
  type SituationReportFieldsFragment,
} from '../support/operations.js';
import { ELECTION_DATE, startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();
const PHONE = VIEWPORTS[0];
const DESK = VIEWPORTS[1];
const TEN = Date.parse(`${ELECTION_DATE}T10:00:00+07:00`);
/** From the second start of the server to 10:00: it boots in a few seconds and the two screens open in 3 (more on a loaded machine). */
const TO_TEN_MS = 30_000;

/** The part of `figures` (server/src/modules/reports/report-figures.types.ts) these checks read. */
type Report = Omit<SituationReportFieldsFragment, 'figures'> & { figures: { turnout: { percent: number; byWard: unknown[] } } };
/** A percentage as the screens write it in Vietnamese: "12,34%". */
const percent = (n: number) => `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)}%`;

// The morning of election day, then the 10:00 checkpoint while the screens are open. The server runs
// the morning at 09:00 (areas open, figures reported, one suspended, an incident); it is then started
// again on the same data with its clock TO_TEN_MS before 10:00, time for the operator's desk and the ward
// officer's phone to open on no report yet and see the checkpoint's reports arrive.
describe.skipIf(!hasBrowser)('the situation reports screen in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let operator: string;
  let dialogs: string[];
  const pages: Page[] = [];

  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: `${ELECTION_DATE}T09:00:00+07:00` });
    await morning();
    await server.stop();
    server = await startServer({
      ...data.env,
      SEED: 'none',
      CLOCK_START: `${ELECTION_DATE}T10:00:00+07:00`,
      CLOCK_ANCHOR: new Date(Date.now() + TO_TEN_MS).toISOString(),
      SCHEDULER_INTERVAL_MS: '200',
    });
    operator = await login(server.url, 'operator');
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  /** Đồng Tâm opens four areas and reports three, suspends the fourth and reports an incident there; Vĩnh Tuy opens and reports two. */
  async function morning() {
    const ids = await demoIds(server.url);
    const op = ids.operator;
    const officer = await login(server.url, 'ward.dong-tam');
    const dongTam = [...ids.ward('dong-tam').pollingAreas].sort((a, b) => a.number - b.number);
    for (const [i, area] of dongTam.slice(0, 4).entries()) {
      await openArea(server.url, op, area.id);
      if (i < 3) await reportTurnout(server.url, { pollingAreaId: area.id, voted: Math.round(area.registeredVoters * (0.31 + i / 20)) }, officer);
    }
    await setAreaStatus(server.url, { id: dongTam[3].id, status: 'SUSPENDED', reason: 'Mất điện, đã niêm phong hòm phiếu' }, officer);
    await reportIncident(
      server.url,
      { wardId: ids.ward('dong-tam').id, pollingAreaId: dongTam[3].id, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện tại điểm bỏ phiếu' },
      officer,
    );
    const vinhTuyOfficer = await login(server.url, 'ward.vinh-tuy');
    for (const area of ids.ward('vinh-tuy').pollingAreas.slice(0, 2)) {
      await openArea(server.url, op, area.id);
      await reportTurnout(server.url, { pollingAreaId: area.id, voted: Math.round(area.registeredVoters * 0.4) }, vinhTuyOfficer);
    }
  }

  /** The 10:00 reports as the API has them, once compiled (the district's first). */
  async function reportsAtTen(): Promise<Report[]> {
    let reports: Report[] = [];
    await expect
      .poll(
        async () =>
          (reports = (await ask(server.url, SituationReportsDocument, { checkpoint: '10:00' }, operator)).situationReports as unknown as Report[]).length,
        {
          timeout: TO_TEN_MS + 30_000,
          interval: 500,
        },
      )
      .toBe(19);
    return reports;
  }
  const reportOf = (reports: Report[], code: string | null) => reports.find((r) => (r.ward?.code ?? null) === code)!;

  // Nothing on this screen may ask through a browser dialog.
  async function signIn(username: string, viewport: { width: number; height: number }, next = '/reports'): Promise<Page> {
    const page = await signInAs(browser, server.url, username, viewport, { next, dialogs });
    pages.push(page);
    return page;
  }
  const line = (page: Page, id: string) => page.locator(`[data-report="${id}"]`);
  const detail = (page: Page, id: string) => page.locator(`[data-report-detail="${id}"]`);

  /** Download the open report's PDF through the button: the bytes the browser saved, and the name it gave them. */
  async function downloadPdf(page: Page): Promise<{ head: string; name: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=pdf]').click()]);
    const bytes = await readFile((await download.path())!);
    return { head: bytes.subarray(0, 5).toString('latin1'), name: download.suggestedFilename() };
  }

  it("says there is no report before 10:00, shows the checkpoint's reports as they are compiled, and sends one with a note, live on another desk", async () => {
    dialogs = [];
    const [desk, phone] = await Promise.all([signIn('operator', DESK), signIn('ward.dong-tam', PHONE)]);
    const { election } = await ask(server.url, ElectionNowDocument, {}, operator);
    expect(Date.parse(election.now), `the server took longer than ${TO_TEN_MS / 1000} s to start and the screens to open`).toBeLessThan(TEN);
    // The list loads beside the snapshot: "Đang tải báo cáo…" first, on a slow machine for a while.
    for (const page of [desk, phone]) {
      await expect
        .poll(() => page.locator('[data-test=no-reports]').textContent(), { timeout: 10_000, interval: 200 })
        .toContain('Chưa có báo cáo — báo cáo đầu tiên lúc 10:00');
    }
    await phone.screenshot({ path: join(SCREENSHOTS, 'reports-none-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);

    // 10:00: the district's report and the 18 wards' appear on the desk without a reload, the district's first.
    const group = desk.locator('[data-checkpoint="10:00"]');
    await group
      .locator('[data-report]')
      .nth(18)
      .waitFor({ timeout: TO_TEN_MS + 30_000 });
    const reports = await reportsAtTen();
    const district = reportOf(reports, null);
    const dongTam = reportOf(reports, 'dong-tam');
    expect(await group.locator('[data-report]').first().getAttribute('data-report')).toBe(district.id);
    expect(await group.locator('[data-report]').count()).toBe(19);
    await line(desk, dongTam.id).locator('[data-test=turnout]').waitFor();
    expect(await line(desk, dongTam.id).locator('[data-test=turnout]').textContent()).toBe(percent(dongTam.figures.turnout.percent));
    expect(dongTam.figures.turnout.percent).toBeGreaterThan(0);
    expect(await line(desk, dongTam.id).textContent()).toMatch(/Bản nháp.*1 tạm dừng.*1 sự cố mở/);
    // The officer's phone: Đồng Tâm's own report, nothing else.
    await line(phone, dongTam.id).locator('[data-test=turnout]').waitFor({ timeout: 30_000 });
    expect(await phone.locator('[data-report]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')))).toEqual(['dong-tam']);
    expect(await phone.locator('select').count()).toBe(0);

    // The district's report read in full on the desk, its PDF downloaded.
    // Another operator's desk, come from the incident board's link.
    const other = await signIn('operator', DESK, '/incidents');
    await other.locator('[data-test=reports-link]').click();
    await line(other, district.id).locator('[data-test=turnout]').waitFor();
    await line(desk, district.id).locator('button').click();
    const open = detail(desk, district.id);
    await open.waitFor();
    expect(await open.locator('[data-test=report-turnout]').textContent()).toBe(percent(district.figures.turnout.percent));
    expect(await open.locator('[data-test=turnout-table] tbody tr').count()).toBe(18);
    expect(await open.locator('[data-test=report-state]').textContent()).toContain('Bản nháp — chưa gửi Ban Chỉ đạo');
    expect(await open.locator('[data-test=section-areas]').textContent()).toContain('Mất điện, đã niêm phong hòm phiếu');
    expect(await open.locator('[data-test=section-incidents]').textContent()).toContain('Mất điện');
    await desk.screenshot({ path: join(SCREENSHOTS, 'reports-open-draft-1920x1080.png') });
    const pdf = await downloadPdf(desk);
    expect(pdf.head).toBe('%PDF-');
    expect(pdf.name).toBe('bao-cao-nhanh-10h00-quan.pdf');

    // Sent with a note, asked in the page: the note, the sender and the time show, and it cannot be sent again.
    await open.locator('[data-action=send]').click();
    const note = 'Đã đối chiếu số liệu với 18 phường; Đồng Tâm có 1 khu vực tạm dừng do mất điện';
    await open.locator('textarea[name=note]').fill(note);
    await open.locator('[data-action=confirm-send]').click();
    await desk.locator(`[data-report-detail="${district.id}"][data-status=SENT]`).waitFor();
    expect(await open.locator('[data-test=report-state]').textContent()).toMatch(/^Đã gửi lúc 10:\d\d · Ban Chỉ đạo bầu cử quận/);
    expect(await open.locator('[data-test=report-note]').textContent()).toBe(`Ghi chú: ${note}`);
    expect(await open.locator('[data-action=send]').count()).toBe(0);
    expect(await line(desk, district.id).getAttribute('data-status')).toBe('SENT');
    const sent = (await ask(server.url, SituationReportsDocument, { checkpoint: '10:00' }, operator)).situationReports.find((r) => r.id === district.id)!;
    expect(sent).toMatchObject({ status: 'SENT', note, sentBy: 'Ban Chỉ đạo bầu cử quận' });
    await desk.screenshot({ path: join(SCREENSHOTS, 'reports-open-sent-1920x1080.png') });
    // The other desk sees it sent, live.
    await other.locator(`[data-report="${district.id}"][data-status=SENT]`).waitFor();
    expect(await line(other, district.id).locator('[data-test=report-status]').textContent()).toMatch(/Đã gửi 10:\d\d/);
    expect(dialogs).toEqual([]);
  });

  it("lets the ward officer read its ward's report on a phone, download it, and send it: a refusal beside the form, then sent", async () => {
    dialogs = [];
    const dongTam = reportOf(await reportsAtTen(), 'dong-tam');
    // From the ward desk, which says one report is waiting to be sent.
    const phone = await signIn('ward.dong-tam', PHONE, '/ward');
    const link = phone.locator('[data-test=reports-link]');
    await link.filter({ hasText: '1 chưa gửi' }).waitFor();
    expect(await link.textContent()).toMatch(/Báo cáo nhanh của phường · 1 chưa gửi/);
    await link.click();
    const desk = await signIn('operator', DESK);
    await line(desk, dongTam.id).locator('[data-test=turnout]').waitFor();
    await line(phone, dongTam.id).locator('button').click();
    const open = detail(phone, dongTam.id);
    await open.waitFor();
    expect(await open.locator('[data-test=report-turnout]').textContent()).toBe(percent(dongTam.figures.turnout.percent));
    expect(await phone.locator('[data-test=report-list]').isVisible()).toBe(false); // the report instead of the list
    await phone.screenshot({ path: join(SCREENSHOTS, 'reports-ward-open-360x640.png'), fullPage: true });
    expect(await pastTheEdge(phone)).toEqual([]);
    const pdf = await downloadPdf(phone);
    expect(pdf.head).toBe('%PDF-');

    // A note with a character that has no UTF-8 form (half of an emoji, as a bad paste leaves it): refused, said beside the form.
    await open.locator('[data-action=send]').click();
    const field = open.locator('textarea[name=note]');
    await field.evaluate((el: HTMLTextAreaElement, value) => ((el.value = value), el.dispatchEvent(new Event('input'))), 'Đã xác minh số liệu \uD83D');
    await open.locator('[data-action=confirm-send]').click();
    const refusal = open.locator('[data-test=refusal]');
    await refusal.waitFor();
    expect(await refusal.locator('[data-test=todo]').textContent()).toContain('gõ lại đoạn đó rồi gửi lại');
    await phone.screenshot({ path: join(SCREENSHOTS, 'reports-ward-refusal-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);
    expect(await open.getAttribute('data-status')).toBe('DRAFT');

    const note = 'Đã xác minh số liệu; khu vực 4 tạm dừng do mất điện, điện lực đang xử lý';
    await field.fill(note);
    await open.locator('[data-action=confirm-send]').click();
    await phone.locator(`[data-report-detail="${dongTam.id}"][data-status=SENT]`).waitFor();
    expect(await open.locator('[data-test=report-state]').textContent()).toMatch(/^Đã gửi lúc 10:\d\d · Cán bộ phường Đồng Tâm/);
    expect(await open.locator('[data-test=report-note]').textContent()).toBe(`Ghi chú: ${note}`);
    expect(await open.locator('[data-test=refusal]').count()).toBe(0);
    // The district's desk sees the ward's report sent, live.
    await desk.locator(`[data-report="${dongTam.id}"][data-status=SENT]`).waitFor();
    // Back to the list: sent there too.
    await phone.locator('[data-test=back-to-list]').click();
    await phone.locator(`[data-report="${dongTam.id}"][data-status=SENT]`).waitFor();
    await phone.screenshot({ path: join(SCREENSHOTS, 'reports-ward-list-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('fits 360×640, 1920×1080 and 4K: the list, and a report opened', async () => {
    dialogs = [];
    const vinhTuy = reportOf(await reportsAtTen(), 'vinh-tuy');
    let desk = 0;
    for (const size of VIEWPORTS) {
      const name = `${size.width}x${size.height}`;
      const page = await signIn('operator', size);
      await line(page, vinhTuy.id).locator('[data-test=turnout]').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(SCREENSHOTS, `reports-${name}.png`), fullPage: size === PHONE });
      expect(await pastTheEdge(page), `the list at ${name}`).toEqual([]);
      await line(page, vinhTuy.id).locator('button').click();
      await detail(page, vinhTuy.id).locator('[data-test=report-turnout]').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `reports-open-${name}.png`), fullPage: size === PHONE });
      expect(await pastTheEdge(page), `a report at ${name}`).toEqual([]);
      // At 4K the screen's text is twice a 1080p desk's, not a small island in the middle.
      const figure = await page.locator('[data-test=report-turnout]').evaluate((el) => el.getBoundingClientRect().height);
      if (size === DESK) desk = figure;
      if (size.width === 3840) expect(figure).toBeGreaterThan(desk * 1.8);
    }
    expect(dialogs).toEqual([]);
  });
});
