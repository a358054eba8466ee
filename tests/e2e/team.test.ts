import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { openArea } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { lastSeq, login } from '../support/operations.js';
import { pastTheEdge, signIn as signInAs, VIEWPORTS } from '../support/layout.js';
import { ELECTION_DATE, startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();
const PHONE = VIEWPORTS[0];
const DESK = VIEWPORTS[1];

interface DemoArea {
  id: string;
  code: string;
  number: number;
  registeredVoters: number;
}
interface DemoWard {
  id: string;
  code: string;
  name: string;
  pollingAreas: DemoArea[];
}

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

// Supervision team 1 (Bách Khoa and Bạch Đằng, SPEC 8.1) on a phone early on election day (06:00, some
// areas already voting, none late yet, so the ops room's first panel has room for what the team finds):
// what it follows, a finding in a few taps — online, offline, refused —, and the district acting on it.
describe.skipIf(!hasBrowser)('the supervision team screen in Chromium', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;
  let operator: string;
  let bachKhoa: DemoWard;
  let bachDang: DemoWard;
  let teamAreas: number;
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: `${ELECTION_DATE}T06:00:00+07:00` });
    operator = await login(server.url, 'operator');
    const r = await gql<{ wards: DemoWard[] }>(server.url, '{ wards { id code name pollingAreas { id code number registeredVoters } } }', {}, operator);
    const ward = (code: string) => {
      const w = r.data!.wards.find((x) => x.code === code)!;
      return { ...w, pollingAreas: [...w.pollingAreas].sort((a, b) => a.number - b.number) };
    };
    bachKhoa = ward('bach-khoa');
    bachDang = ward('bach-dang');
    teamAreas = bachKhoa.pollingAreas.length + bachDang.pollingAreas.length;
    // Four of Bách Khoa's areas voting, one already at 97% (a figure to check), an
    // incident there and one in a ward the team does not follow.
    const officer = await login(server.url, 'ward.bach-khoa');
    for (const [i, a] of bachKhoa.pollingAreas.slice(0, 4).entries()) {
      await openArea(server.url, operator, a.id);
      const voted = Math.round(a.registeredVoters * (i === 2 ? 0.97 : 0.2 + i / 100));
      expect(
        (await gql(server.url, 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id } }', { i: { pollingAreaId: a.id, voted } }, officer)).errors,
      ).toBeUndefined();
    }
    const incident = (token: string, wardId: string, title: string) =>
      gql(
        server.url,
        'mutation($i:ReportIncidentInput!){ reportIncident(input:$i){ code } }',
        { i: { wardId, category: 'MATERIALS', severity: 'HIGH', title } },
        token,
      );
    expect((await incident(officer, bachKhoa.id, 'Thiếu thẻ cử tri tại tổ bầu cử số 2')).errors).toBeUndefined();
    const vinhTuy = r.data!.wards.find((w) => w.code === 'vinh-tuy')!;
    expect((await incident(await login(server.url, 'ward.vinh-tuy'), vinhTuy.id, 'Sự cố ở phường khác: không của đoàn')).errors).toBeUndefined();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  /** The team's phone, once its areas are all on it. */
  async function teamPhone(viewport: { width: number; height: number } = PHONE): Promise<Page> {
    const page = await signInAs(browser, server.url, 'team.doan-01', viewport);
    expect(new URL(page.url()).pathname).toBe('/team');
    await page
      .locator('[data-area]')
      .nth(teamAreas - 1)
      .waitFor();
    return page;
  }

  /**
   * File a finding through the form: where, what kind, what. `pasted`: the text is put in as a paste
   * from another app would (the field's value set at once), so it may hold what typing cannot.
   */
  async function fileFinding(page: Page, place: string, kind: string, text: string, opts: { pasted?: boolean } = {}) {
    await page.locator('[data-test=report-finding]').click();
    const form = page.locator('[data-test=finding-form]');
    await form.locator('select[name=place]').selectOption(place);
    await form.locator(`[data-kind=${kind}]`).click();
    const field = form.locator('textarea[name=text]');
    if (opts.pasted) await field.evaluate((el: HTMLTextAreaElement, value) => ((el.value = value), el.dispatchEvent(new Event('input'))), text);
    else await field.fill(text);
    await form.locator('[data-test=send-finding]').click();
    await form.waitFor({ state: 'detached' });
  }

  async function findingsWith(text: string) {
    const r = await gql<{ findings: { code: string; status: string; text: string }[] }>(server.url, '{ findings { code status text } }', {}, operator);
    return r.data!.findings.filter((f) => f.text === text);
  }

  it("shows only its team's wards, files a finding the operator sees live and acts on, and shows what the district did", async () => {
    const phone = await teamPhone();
    expect(await phone.locator('.ward-header h1').textContent()).toBe('Đoàn giám sát số 1');
    expect(await phone.locator('[data-test=team-wards] [data-ward]').allTextContents()).toEqual([
      expect.stringMatching(/^Bách Khoa\s*9 KV · đã bầu [\d,]+%1 sự cố mở$/),
      expect.stringMatching(/^Bạch Đằng\s*10 KV · đã bầu 0,0%0 sự cố mở$/),
    ]);
    const codes = await phone.locator('[data-area]').evaluateAll((els) => els.map((e) => e.getAttribute('data-area')!));
    expect(codes.every((c) => c.startsWith('bach-khoa-') || c.startsWith('bach-dang-'))).toBe(true);
    expect(codes).toHaveLength(teamAreas);
    expect(await phone.locator('[data-test=team-incidents]').textContent()).toContain('Thiếu thẻ cử tri');
    expect(await phone.locator('[data-test=team-incidents]').textContent()).not.toContain('phường khác');
    // The figure to check: a sign on its line, its flag in words once opened.
    const flagged = phone.locator(`[data-area="${bachKhoa.pollingAreas[2].code}"]`);
    expect(await flagged.locator('[data-test=flag-sign]').getAttribute('aria-label')).toContain('Gần đủ trước 12:00');
    await phone.screenshot({ path: join(SCREENSHOTS, 'team-home-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);
    await flagged.locator('.summary').click();
    expect(await flagged.locator('[data-test=flag-note]').textContent()).toMatch(/Cần kiểm tra: .*Gần đủ trước 12:00/);
    await flagged.locator('.summary').click();

    const desk = await signInAs(browser, server.url, 'operator', DESK, { next: '/incidents?view=findings' });
    await desk.locator('[data-test=flagged-figures] [data-report]').first().waitFor();

    // From an area's line: "Ghi nhận tại khu vực này" picks the place.
    const area = bachKhoa.pollingAreas[3];
    const text = 'Chưa niêm yết danh sách cử tri ở cổng, cử tri phải hỏi tổ bầu cử';
    const line = phone.locator(`[data-area="${area.code}"]`);
    await line.locator('.summary').click();
    await line.locator('[data-test=report-here]').click();
    const form = phone.locator('[data-test=finding-form]');
    expect(await form.locator('select[name=place]').inputValue()).toBe(`area:${area.id}`);
    await form.locator('[data-kind=ISSUE]').click();
    await form.locator('textarea[name=text]').fill(text);
    await phone.screenshot({ path: join(SCREENSHOTS, 'team-form-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);
    await form.locator('[data-test=send-finding]').click();
    const mine = phone.locator('[data-test=team-findings] [data-finding]', { hasText: text });
    await mine.waitFor();
    const code = (await mine.getAttribute('data-finding'))!;
    expect(await mine.locator('[data-test=finding-state]').textContent()).toBe('Chờ quận xử lý');

    // The operator's screen shows it live, and acts on it with a note, asked in the page.
    const card = desk.locator(`[data-finding="${code}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain(text);
    await card.locator('[data-action=address]').click();
    await card.locator('[data-action=confirm]').click();
    await card.locator('[role=alert]', { hasText: 'Ghi đã làm gì' }).waitFor(); // a note is required
    await card.locator('textarea[name=note]').fill('Đã nhắc tổ bầu cử niêm yết lại ở cổng');
    await card.locator('[data-action=confirm]').click();
    await desk.locator(`[data-finding="${code}"][data-status=ADDRESSED]`).waitFor();
    await desk.screenshot({ path: join(SCREENSHOTS, 'findings-addressed-1920x1080.png') });

    await phone.locator(`[data-finding="${code}"][data-status=ADDRESSED]`).waitFor();
    expect(await phone.locator(`[data-finding="${code}"] [data-test=finding-state]`).textContent()).toBe(
      'Quận đã xử lý: Đã nhắc tổ bầu cử niêm yết lại ở cổng',
    );

    // Another, made an incident: the team reads its code.
    const urgent = 'Hòm phiếu phụ chưa được niêm phong trước khi mang đi';
    await fileFinding(phone, `ward:${bachDang.id}`, 'ISSUE', urgent);
    const second = desk.locator('[data-finding]', { hasText: urgent });
    await second.waitFor();
    await second.locator('[data-action=escalate]').click();
    await second.locator('select[name=category]').selectOption('SECURITY');
    await second.locator('[data-action=confirm]').click();
    const incidentCode = (await second.locator('[data-test=finding-incident]').textContent())!.match(/SC-\d+/)![0];
    await phone.locator('[data-test=team-findings] [data-finding]', { hasText: `Quận đã chuyển thành sự cố ${incidentCode}` }).waitFor();
    await phone.locator('[data-test=team-incidents]', { hasText: incidentCode }).waitFor();
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: join(SCREENSHOTS, 'team-findings-360x640.png') });
    expect(await pastTheEdge(phone)).toEqual([]);
  });

  it('files a finding offline, keeps it pending across a reload, and sends it once when back', async () => {
    const page = await teamPhone();
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, undefined, { timeout: 30_000 });
    await expect.poll(() => page.evaluate(offlineCopies), { timeout: 20_000, interval: 500 }).toBeGreaterThan(0);
    const context = page.context();
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-test=offline-banner]').waitFor();
    expect(await page.locator('[data-area]').count()).toBe(teamAreas);

    const after = await lastSeq(server.url, operator);
    const text = 'Phường bố trí xe đưa cử tri cao tuổi đến điểm bỏ phiếu';
    await fileFinding(page, `ward:${bachDang.id}`, 'GOOD_PRACTICE', text);
    await page.locator('[data-test=pending-finding]', { hasText: text }).waitFor();
    expect(await page.locator('[data-test=pending-count]').textContent()).toContain('(1)');
    await page.screenshot({ path: join(SCREENSHOTS, 'team-offline-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);

    await page.reload();
    await page.locator('[data-test=pending-finding]', { hasText: text }).waitFor();
    await context.setOffline(false);
    await page.locator('[data-test=pending-count]').waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('[data-test=team-findings] [data-finding]', { hasText: text }).waitFor();
    expect(await findingsWith(text)).toHaveLength(1);
    const r = await gql<{ events: { type: string }[] }>(server.url, 'query($a:Int){ events(after:$a, limit:1000){ type } }', { a: after }, operator);
    expect(r.data!.events.filter((e) => e.type === 'FINDING_REPORTED')).toHaveLength(1);
  });

  it('shows a refused finding beside the form with what to do, and puts its text back to fix and send again', async () => {
    const page = await teamPhone();
    // A character with no UTF-8 form (half of an emoji, as a bad paste leaves it): the server refuses the text.
    const broken = 'Loa của tổ bầu cử bị rè, cử tri không nghe rõ \uD83D';
    await fileFinding(page, `area:${bachKhoa.pollingAreas[5].id}`, 'RECOMMENDATION', broken, { pasted: true });
    const refusal = page.locator('[data-test=refusal]');
    await refusal.waitFor({ timeout: 20_000 });
    expect(await refusal.textContent()).toContain('Ghi nhận “Loa của tổ bầu cử');
    expect(await refusal.locator('[data-test=todo]').textContent()).toContain('gõ lại đoạn đó');
    await page.screenshot({ path: join(SCREENSHOTS, 'team-refusal-360x640.png') });
    expect(await pastTheEdge(page)).toEqual([]);

    await refusal.locator('[data-test=retry-finding]').click();
    const form = page.locator('[data-test=finding-form]');
    expect(await form.locator('textarea[name=text]').inputValue()).toBe(broken);
    expect(await form.locator('select[name=place]').inputValue()).toBe(`area:${bachKhoa.pollingAreas[5].id}`);
    expect(await form.locator('[data-kind=RECOMMENDATION]').getAttribute('aria-pressed')).toBe('true');
    const fixed = 'Loa của tổ bầu cử bị rè, cử tri không nghe rõ';
    await form.locator('textarea[name=text]').fill(fixed);
    await form.locator('[data-test=send-finding]').click();
    await page.locator('[data-test=team-findings] [data-finding]', { hasText: fixed }).waitFor();
    expect(await page.locator('[data-test=refusal]').count()).toBe(0);
    expect(await findingsWith(fixed)).toHaveLength(1);
  });

  it('fits 360×640, 1920×1080 and 4K, for the team and for the operator, and puts open issues on the ops room', async () => {
    const issue = 'Tổ bầu cử chưa hướng dẫn cử tri cách gạch phiếu';
    const team = await login(server.url, 'team.doan-01');
    const filed = await gql(
      server.url,
      'mutation($i:ReportFindingInput!){ reportFinding(input:$i){ code } }',
      {
        i: { pollingAreaId: bachKhoa.pollingAreas[1].id, kind: 'ISSUE', text: issue },
      },
      team,
    );
    expect(filed.errors).toBeUndefined();
    for (const size of VIEWPORTS) {
      const name = `${size.width}x${size.height}`;
      const phone = await teamPhone(size);
      await phone.locator(`[data-area="${bachKhoa.pollingAreas[1].code}"] .summary`).click();
      await phone.evaluate(() => window.scrollTo(0, 0));
      await phone.screenshot({ path: join(SCREENSHOTS, `team-${name}.png`), fullPage: size === PHONE });
      expect(await pastTheEdge(phone), `team at ${name}`).toEqual([]);
      await phone.context().close();

      const desk = await signInAs(browser, server.url, 'operator', size, { next: '/incidents?view=findings' });
      await desk.locator('[data-finding]', { hasText: issue }).waitFor();
      await desk.screenshot({ path: join(SCREENSHOTS, `findings-${name}.png`), fullPage: size === PHONE });
      expect(await pastTheEdge(desk), `findings at ${name}`).toEqual([]);
      await desk.context().close();
    }
    for (const size of VIEWPORTS.slice(1)) {
      const wall = await signInAs(browser, server.url, 'observer', size);
      const exceptions = wall.locator('[data-test=exceptions]');
      await exceptions.locator('[data-kind=finding]', { hasText: issue }).waitFor();
      expect(await exceptions.locator('[data-kind=flagged]').first().textContent()).toMatch(/cần kiểm tra: .*Gần đủ trước 12:00/);
      await wall.screenshot({ path: join(SCREENSHOTS, `ops-findings-${size.width}x${size.height}.png`) });
      await wall.context().close();
    }
    // The ward desk shows its figure to check, in words, among what needs attention.
    const ward = await signInAs(browser, server.url, 'ward.bach-khoa', PHONE);
    await ward.locator('[data-test=attention]', { hasText: /cần kiểm tra — .*Gần đủ trước 12:00/ }).waitFor();
    await ward.screenshot({ path: join(SCREENSHOTS, 'ward-flagged-360x640.png') });
    expect(await pastTheEdge(ward)).toEqual([]);
    await ward.context().close();
  });
});
