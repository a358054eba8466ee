import { join } from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import * as ops from '../support/operations.js';
import { ELECTION_DATE, startServer, storage } from '../support/server.js';

// The ops room as the watcher five metres from the wall sees it, at three times of the day, each on a
// server of its own whose election clock starts then: before opening, during voting, in the evening.
const hasBrowser = browserAvailable();
const FULL_HD = { width: 1920, height: 1080 };
const UHD = { width: 3840, height: 2160 };
const PHONE = { width: 360, height: 640 };
// A day's worth of status changes and reports through the API, on two cores shared with other work.
const SETUP_MS = 300_000;

type DemoArea = ops.WardsQuery['wards'][number]['pollingAreas'][number];

/** A server of its own with the demo data and its clock started at `hhmm` on the election day, and the district as the operator reads it. */
async function electionDay(hhmm: string) {
  const data = await storage('pglite');
  const server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: `${ELECTION_DATE}T${hhmm}:00+07:00` });
  const operator = await ops.login(server.url, 'operator');
  const { wards } = await ops.ask(server.url, ops.WardsDocument, {}, operator);
  const dispose = async () => {
    await server.stop();
    await data.dispose();
  };
  return { server, operator, wards, areas: wards.flatMap((w) => w.pollingAreas), ward: (code: string) => wards.find((w) => w.code === code)!, dispose };
}
type Day = Awaited<ReturnType<typeof electionDay>>;

/** Run `fn` over `items`, `n` at a time. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

// The day's writes, each refused one failing the setup.
const setStatus = async (day: Day, token: string, id: string, status: ops.PollingAreaStatus, reason?: string) =>
  void (await ops.setAreaStatus(day.server.url, { id, status, reason: reason ?? null }, token));
const reportTurnout = async (day: Day, token: string, area: DemoArea, share: number) =>
  void (await ops.reportTurnout(day.server.url, { pollingAreaId: area.id, voted: Math.round(area.registeredVoters * share) }, token));
const reportIncident = async (day: Day, token: string, input: ops.ReportIncidentInput) => void (await ops.reportIncident(day.server.url, input, token));

describe.skipIf(!hasBrowser)('the ops room in Chromium', () => {
  let browser: Browser;
  const leftovers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const dispose of leftovers.splice(0).reverse()) await dispose();
    await browser?.close();
  });

  async function startDay(hhmm: string): Promise<Day> {
    const day = await electionDay(hhmm);
    leftovers.push(day.dispose);
    return day;
  }

  /** The wall screen signed in as the observer, once the whole snapshot is on it. */
  async function wall(day: Day, viewport: { width: number; height: number }, setup?: (context: BrowserContext) => Promise<void>): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    leftovers.push(() => context.close());
    await setup?.(context);
    const page = await context.newPage();
    await page.goto(`${day.server.url}/login`);
    await page.fill('input[name=username]', 'observer');
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-test=ops] [data-state=live]');
    await page.waitForSelector('[data-test=exceptions]');
    await page.waitForSelector('[data-test=turnout-chart] svg');
    return page;
  }

  /** Text that sticks out of its box, a page that scrolls, a panel whose content runs past its bottom. */
  async function clipped(page: Page) {
    return page.evaluate(() => {
      const out: string[] = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > window.innerWidth) out.push(`page ${doc.scrollWidth} wide`);
      const check = (selector: string, vertical: boolean) => {
        for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
          if (el.scrollWidth > el.clientWidth + 1) out.push(`${selector} ${el.textContent?.trim()}: ${el.scrollWidth} > ${el.clientWidth} wide`);
          if (vertical && el.scrollHeight > el.clientHeight + 1)
            out.push(`${selector} ${el.textContent?.trim().slice(0, 40)}: ${el.scrollHeight} > ${el.clientHeight} high`);
        }
      };
      check('.tile', true);
      check('.tile .name', false);
      check('.tile .value', false);
      check('.panel', true);
      check('.panel .list', true);
      check('.exceptions .body', true);
      check('.exceptions .line', false);
      check('[data-test=day-panel] *', false);
      return out;
    });
  }

  /** Every element showing text, with its font size in px. */
  async function textSizes(page: Page) {
    return page.evaluate(() => {
      const out: { text: string; size: number }[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>('[data-test=ops] *'))) {
        const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        const box = el.getBoundingClientRect();
        if (own && box.width > 0 && box.height > 0) out.push({ text: el.textContent!.trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize) });
      }
      return out;
    });
  }

  // On a phone the panels scroll and long lines may end in an ellipsis: only nothing past the edge counts.
  const onPhone = (found: string[]) => found.filter((x) => x.startsWith('page') || x.startsWith('.tile'));

  async function tileColours(page: Page) {
    return page.$$eval('.tile', (tiles) => tiles.map((t) => getComputedStyle(t).backgroundColor));
  }
  const reddish = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return r > g + 25 && r > b + 25;
  };

  describe('during voting (10:30: the 10:00 checkpoint is past its grace)', () => {
    let day: Day;
    let suspended: DemoArea;
    beforeAll(async () => {
      day = await startDay('10:30');
      const { areas } = day;
      // Every area opens but four; two thirds report their turnout; the rest are late for 10:00.
      const notOpened = new Set([
        day.ward('quynh-mai').pollingAreas[0].id,
        day.ward('quynh-mai').pollingAreas[1].id,
        day.ward('bach-mai').pollingAreas[2].id,
        day.ward('vinh-tuy').pollingAreas[0].id,
      ]);
      await pool(
        areas.filter((a) => !notOpened.has(a.id)),
        8,
        async (a) => {
          await setStatus(day, day.operator, a.id, 'READY');
          await setStatus(day, day.operator, a.id, 'VOTING');
        },
      );
      await pool(
        areas.filter((a, i) => !notOpened.has(a.id) && i % 3 !== 0),
        8,
        (a) => reportTurnout(day, day.operator, a, 0.25 + (a.number % 5) * 0.03),
      );
      // One area suspended before the screen loads (the snapshot brings it).
      const early = day.ward('thanh-nhan').pollingAreas[1];
      await setStatus(day, day.operator, early.id, 'SUSPENDED', 'Mất điện, chờ Điện lực');
      const officer = await ops.login(day.server.url, 'ward.dong-tam');
      const dongTam = day.ward('dong-tam');
      await reportIncident(day, officer, {
        wardId: dongTam.id,
        pollingAreaId: dongTam.pollingAreas[2].id,
        category: 'POWER_OUTAGE',
        severity: 'CRITICAL',
        title: 'Mất điện toàn khu vực bỏ phiếu',
        affectsVoting: true,
      });
      await reportIncident(day, officer, { wardId: dongTam.id, category: 'SECURITY', severity: 'MEDIUM', title: 'Người lạ gây rối trước cổng' });
      // More incidents and tasks than their panels hold: the lists show what fits and count the rest.
      const categories: ops.IncidentCategory[] = ['POWER_OUTAGE', 'FIRE', 'FLOOD', 'MEDICAL', 'SANITATION', 'STORM'];
      for (const [n, category] of categories.entries()) {
        const area = dongTam.pollingAreas[n % dongTam.pollingAreas.length];
        await reportIncident(day, officer, {
          wardId: dongTam.id,
          pollingAreaId: area.id,
          category,
          severity: n % 2 ? 'HIGH' : 'LOW',
          title: `Sự cố thử số ${n + 1} tại điểm bỏ phiếu`,
        });
      }
      suspended = day.ward('pho-hue').pollingAreas[1];
    }, SETUP_MS);

    it('lists an area suspended by its ward officer with its human name, reason and since when', async () => {
      const page = await wall(day, FULL_HD);
      const officer = await ops.login(day.server.url, 'ward.pho-hue');
      await setStatus(day, officer, suspended.id, 'SUSPENDED', 'Giông lốc làm tốc mái, tạm dừng bỏ phiếu');
      const entry = page.locator(`.exceptions [data-area="${suspended.code}"][data-kind=suspended]`);
      await entry.waitFor();
      const text = (await entry.textContent())!;
      expect(text).toContain(`KVBP số ${suspended.number} · ${suspended.name}`);
      expect(text).toContain('Giông lốc làm tốc mái, tạm dừng bỏ phiếu');
      expect(text).toMatch(/Tạm dừng từ 10:3\d/);
      // The areas that did not open and those late for 10:00 are there too, under their wards' names.
      expect(await page.locator('.exceptions').textContent()).toContain('Phố Huế');
      expect(await page.locator('.exceptions').textContent()).toMatch(/\d+ chưa khai mạc/);
      expect(await page.locator('.exceptions').textContent()).toMatch(/\d+ chậm báo cáo/);
      // Not a code as the name of anything on the wall.
      expect(await page.locator('.exceptions .name').allTextContents()).not.toContainEqual(expect.stringMatching(/^[a-z-]+-\d\d$/));
      expect(await page.locator('[data-test=day-panel]').textContent()).toContain('tạm dừng');
      expect(await page.locator('[data-test=day-panel]').textContent()).not.toContain('Sẵn sàng khai mạc');
      await page.screenshot({ path: join(SCREENSHOTS, 'ops-voting-1920x1080.png') });
    });

    it('is legible from across the room: at 4K the clock ≥ 48 px and the chart labels ≥ 24 px; at 1080p no text under 16 px', async () => {
      const uhd = await wall(day, UHD);
      expect(await uhd.$eval('[data-test=clock]', (el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(48);
      const labels = await uhd.$$eval('[data-test=turnout-chart] text', (els) =>
        els.filter((e) => e.textContent!.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
      expect(labels.length).toBeGreaterThan(5);
      expect(Math.min(...labels)).toBeGreaterThanOrEqual(24);
      await uhd.screenshot({ path: join(SCREENSHOTS, 'ops-voting-3840x2160.png') });

      const hd = await wall(day, FULL_HD);
      const small = (await textSizes(hd)).filter((t) => t.size < 16);
      expect(small).toEqual([]);
    });

    it('clips nothing and scrolls nowhere, at 1080p and 4K, whatever the tile map shows', async () => {
      const hd = await wall(day, FULL_HD);
      // Eight incidents, eleven tasks: more than the panels hold at 1080p.
      await hd.locator('.feed .more').waitFor();
      await hd.locator('.tasks .more').waitFor();
      expect(await hd.locator('.tasks .more').textContent()).toMatch(/^\+ \d+ nữa$/);
      await hd.context().close();
      for (const viewport of [FULL_HD, UHD]) {
        for (const measure of ['turnout', 'incidents', 'readiness', 'counted']) {
          const page = await wall(day, viewport);
          await page.goto(page.url().replace(/\/ops.*$/, `/ops?measure=${measure}`));
          await page.waitForSelector('[data-test=exceptions]');
          await page.waitForSelector('.tile');
          expect(await page.evaluate(() => [document.documentElement.scrollHeight - innerHeight, document.documentElement.scrollWidth - innerWidth])).toEqual([
            0, 0,
          ]);
          expect(await clipped(page), `${viewport.width}×${viewport.height} ${measure}`).toEqual([]);
          await page.context().close();
        }
      }
    });

    it('says so over the whole screen when the socket has been down for more than 5 s, and stops its countdowns', async () => {
      const sockets: WebSocketRoute[] = [];
      let cut = false;
      const page = await wall(day, FULL_HD, (context) =>
        context.routeWebSocket(/\/graphql$/, (ws) => {
          if (cut) return void ws.close({ code: 1001, reason: 'cut' });
          ws.connectToServer();
          sockets.push(ws);
        }),
      );
      const timer = page.locator('.tasks [data-test=countdown]').first();
      await timer.waitFor();
      expect(await timer.textContent()).toMatch(/^(Còn \d+ phút( \d+ giây)?|Còn \d+ giây|Quá hạn \d+ (phút|giây))$/);

      cut = true;
      const cutAt = Date.now();
      for (const ws of sockets) await ws.close({ code: 1001, reason: 'cut' });
      await page.locator('[data-test=connection][data-state=offline]').waitFor();
      expect(await page.locator('[data-test=stale-banner]').count()).toBe(0); // a blip is not stale
      await page.locator('[data-test=stale-banner]').waitFor({ timeout: 15_000 });
      expect(Date.now() - cutAt).toBeGreaterThanOrEqual(4_900);
      expect(await page.locator('[data-test=stale-banner]').textContent()).toMatch(/MẤT KẾT NỐI từ 10:\d\d:\d\d/);
      expect(await page.locator('[data-test=ops]').getAttribute('data-stale')).toBe('true');
      // The wall dims over 0.4 s: wait for the fade, not a moment in it.
      await page.waitForFunction(() => Number(getComputedStyle(document.querySelector('.wall')!).opacity) < 0.5, undefined, { timeout: 5_000 });
      const stopped = await timer.textContent();
      await page.waitForTimeout(2_500); // the countdown would have moved by two seconds
      expect(await timer.textContent()).toBe(stopped);
      await page.screenshot({ path: join(SCREENSHOTS, 'ops-stale-1920x1080.png') });

      cut = false;
      await page.locator('[data-test=stale-banner]').waitFor({ state: 'detached', timeout: 20_000 });
      expect(await page.locator('[data-test=ops]').getAttribute('data-stale')).toBe('false');
    });

    it('does not break on a phone', async () => {
      const page = await wall(day, PHONE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
      expect(onPhone(await clipped(page))).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'ops-voting-360x640.png'), fullPage: true });
    });
  });

  describe('before opening (06:00)', () => {
    let day: Day;
    beforeAll(async () => {
      day = await startDay('06:00');
    });

    it('shows readiness and the countdown to 07:00, in neutral tiles, nothing red', async () => {
      for (const [viewport, name] of [
        [FULL_HD, '1920x1080'],
        [UHD, '3840x2160'],
        [PHONE, '360x640'],
      ] as const) {
        const page = await wall(day, viewport);
        const panel = (await page.locator('[data-test=day-panel]').textContent())!;
        expect(panel).toContain('Sẵn sàng khai mạc');
        expect(panel).toMatch(/Khai mạc sau (1 giờ|\d+ phút)/);
        const colours = await tileColours(page);
        expect(colours).toHaveLength(18);
        expect(colours.filter(reddish)).toEqual([]);
        expect(new Set(colours).size).toBe(1); // nothing ticked yet: every tile the same neutral
        expect(await page.locator('.exceptions').textContent()).toContain('Không có khu vực cần xử lý');
        expect(await clipped(page).then((c) => (viewport === PHONE ? onPhone(c) : c))).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `ops-before-${name}.png`), fullPage: viewport === PHONE });
      }
    });
  });

  describe('in the evening (20:45: closing and counting)', () => {
    let day: Day;
    beforeAll(async () => {
      day = await startDay('20:45');
      const { areas } = day;
      // All open before 21:00; all but three close with their final figure, most are counted.
      const stillVoting = new Set([areas[5].id, areas[40].id]);
      const neverOpened = areas[77].id;
      await pool(
        areas.filter((a) => a.id !== neverOpened),
        8,
        async (a) => {
          await setStatus(day, day.operator, a.id, 'READY');
          await setStatus(day, day.operator, a.id, 'VOTING');
          if (stillVoting.has(a.id)) return;
          await reportTurnout(day, day.operator, a, 0.97 + (a.number % 3) * 0.01);
          await setStatus(day, day.operator, a.id, 'CLOSED');
          if (a.number % 4 !== 0) await setStatus(day, day.operator, a.id, 'COUNTED');
        },
      );
    }, SETUP_MS);

    it('shows closing and counting progress, not readiness, and what is still open', async () => {
      for (const [viewport, name] of [
        [FULL_HD, '1920x1080'],
        [UHD, '3840x2160'],
        [PHONE, '360x640'],
      ] as const) {
        const page = await wall(day, viewport);
        const panel = (await page.locator('[data-test=day-panel]').textContent())!;
        expect(panel).toContain('Kết thúc và kiểm phiếu');
        expect(panel).toMatch(/Đã kiểm phiếu xong\s*\d+\/\d+/);
        const text = (await page.locator('[data-test=ops]').textContent())!;
        expect(text).not.toContain('Sẵn sàng khai mạc');
        expect(text).not.toContain('Đã khai mạc');
        expect(await page.locator('.exceptions').textContent()).toContain('chưa khai mạc');
        expect(await clipped(page).then((c) => (viewport === PHONE ? onPhone(c) : c))).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `ops-evening-${name}.png`), fullPage: viewport === PHONE });
      }
    });
  });
});
