import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { pastTheEdge, VIEWPORTS } from '../support/layout.js';
import * as ops from '../support/operations.js';
import { ELECTION_DATE, startServer, storage, type TestServer } from '../support/server.js';

// The walls above the district: the city's (observer.ha-noi) draws its districts, the nation's
// (observer.nation) its provinces. The demo holds one of each, so one tile each.
const hasBrowser = browserAvailable();
const FULL_HD = { width: 1920, height: 1080 };
const SETUP_MS = 120_000;
const percentText = (n: number) => `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)}%`;

describe.skipIf(!hasBrowser)('the unit walls in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let dispose: () => Promise<void>;
  let operator: string;
  let areas: ops.WardsQuery['wards'][number]['pollingAreas'];
  let wards: ops.WardsQuery['wards'];

  beforeAll(async () => {
    const data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: `${ELECTION_DATE}T10:30:00+07:00` });
    dispose = async () => {
      await server.stop();
      await data.dispose();
    };
    operator = await ops.login(server.url, 'operator');
    wards = (await ops.ask(server.url, ops.WardsDocument, {}, operator)).wards;
    areas = wards.flatMap((w) => w.pollingAreas);
    // A few areas voting, two of them with a figure already.
    for (const a of areas.slice(0, 4)) {
      await ops.setAreaStatus(server.url, { id: a.id, status: 'READY', reason: null }, operator);
      await ops.setAreaStatus(server.url, { id: a.id, status: 'VOTING', reason: null }, operator);
    }
    for (const a of areas.slice(0, 2)) await ops.reportTurnout(server.url, { pollingAreaId: a.id, voted: Math.round(a.registeredVoters * 0.3) }, operator);
    browser = await launchBrowser();
  }, SETUP_MS);
  afterAll(async () => {
    await browser?.close();
    await dispose?.();
  });

  async function wall(user: string, viewport = FULL_HD): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=username]', user);
    await page.fill('input[name=password]', 'demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-test=ops] [data-state=live]');
    await page.waitForSelector('[data-test=unit-map] [data-unit]');
    await page.waitForSelector('[data-test=turnout-chart] svg');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }
  const districtPercent = async () => (await ops.ask(server.url, ops.TurnoutDocument, {}, operator)).turnout.percent;
  const tilePercent = (page: Page, code: string) => page.locator(`[data-unit="${code}"] [data-test=unit-percent]`).textContent();

  it('the city wall: Hà Nội, one tile Hai Bà Trưng at the district turnout, moved by a report and followed by the incident feed', async () => {
    const page = await wall('observer.ha-noi');
    try {
      expect(await page.locator('.ops-header h1').textContent()).toContain('Hà Nội');
      expect(await page.getAttribute('[data-test=unit-wall]', 'data-level')).toBe('PROVINCE');
      const tiles = page.locator('[data-test=unit-map] [data-unit]');
      expect(await tiles.count()).toBe(1);
      expect(await tiles.first().locator('[data-test=unit-name]').textContent()).toContain('Hai Bà Trưng');
      const before = await districtPercent();
      expect(before).toBeGreaterThan(0);
      expect(await tilePercent(page, 'ha-noi/hai-ba-trung')).toBe(percentText(before));
      expect(await page.locator('[data-test=as-of]').textContent()).toMatch(/10:3\d/);
      await page.screenshot({ path: join(SCREENSHOTS, 'ops-unit-city-1920x1080.png') });

      // The operator files a figure: the tile follows within the conflation second (and a little more).
      await ops.reportTurnout(server.url, { pollingAreaId: areas[2].id, voted: Math.round(areas[2].registeredVoters * 0.4) }, operator);
      const after = await districtPercent();
      expect(after).toBeGreaterThan(before);
      await page.waitForFunction(
        ([code, text]) => document.querySelector(`[data-unit="${code}"] [data-test=unit-percent]`)?.textContent === text,
        ['ha-noi/hai-ba-trung', percentText(after)] as const,
        { timeout: 10_000 },
      );

      // An incident reported in a ward: in the feed with its district, counted red on the tile, and the
      // tile named in "Cần xử lý ngay" with its open incidents.
      const ward = wards[0];
      await ops.reportIncident(
        server.url,
        { wardId: ward.id, category: 'SECURITY', severity: 'HIGH', title: 'Tụ tập đông người trước điểm bỏ phiếu', affectsVoting: false },
        operator,
      );
      const line = page.locator('.feed [data-incident]', { hasText: 'Tụ tập đông người' });
      await line.waitFor({ timeout: 10_000 });
      expect(await line.textContent()).toContain(`Hai Bà Trưng · ${ward.name}`);
      const open = (await ops.ask(server.url, ops.IncidentsDocument, {}, operator)).incidents.filter((i) => i.status !== 'RESOLVED').length;
      const counted = page.locator('[data-test=exceptions] [data-ward-group="ha-noi/hai-ba-trung"] [data-kind=incident]');
      await page.waitForFunction(
        ([text]) => document.querySelector('[data-test=exceptions] [data-ward-group="ha-noi/hai-ba-trung"] [data-kind=incident]')?.textContent?.trim() === text,
        [`${open} sự cố đang mở`] as const,
        { timeout: 10_000 },
      );
      expect(await counted.count()).toBe(1);
      const tile = page.locator('[data-unit="ha-noi/hai-ba-trung"]');
      expect(
        Number(
          await tile
            .locator('[data-test=unit-exceptions]')
            .textContent()
            .then((s) => s?.replace(/\D/g, '')),
        ),
      ).toBe(Number(await tile.getAttribute('data-problems')));
      expect(await tile.getAttribute('class')).toContain('frame-red');
      await page.screenshot({ path: join(SCREENSHOTS, 'ops-unit-city-incident-1920x1080.png') });
    } finally {
      await page.context().close();
    }
  });

  it('the national wall: Toàn quốc, one province tile Hà Nội', async () => {
    const page = await wall('observer.nation');
    try {
      expect(await page.locator('.ops-header h1').textContent()).toBe('Toàn quốc');
      const tiles = page.locator('[data-test=unit-map] [data-unit]');
      expect(await tiles.count()).toBe(1);
      expect(await tiles.first().locator('[data-test=unit-name]').textContent()).toContain('Hà Nội');
      expect(await tiles.first().locator('[data-test=unit-percent]').textContent()).toBe(percentText(await districtPercent()));
      await page.screenshot({ path: join(SCREENSHOTS, 'ops-unit-nation-1920x1080.png') });
    } finally {
      await page.context().close();
    }
  });

  it('from the wall to the reports and back, as the city and the national observer read them on a phone, a desk and a 4K wall', async () => {
    const cases = [
      ...VIEWPORTS.map((viewport) => ({ user: 'observer.ha-noi', name: 'Hà Nội', shot: 'city', viewport })),
      { user: 'observer.nation', name: 'Toàn quốc', shot: 'nation', viewport: FULL_HD },
    ];
    for (const { user, name, shot, viewport } of cases) {
      const page = await wall(user, viewport);
      // Nothing the screens ask may be refused, nothing may fail in the page.
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      page.on('response', async (r) => {
        if (!r.url().endsWith('/graphql')) return;
        const body = (await r.json().catch(() => null)) as { errors?: unknown[] } | null;
        if (body?.errors) errors.push(`graphql: ${JSON.stringify(body.errors)}`);
      });
      try {
        // The wall's header leads to the reports, as the district's board does the operator.
        await page.click('[data-test=reports-link]');
        await page.waitForURL('**/reports');
        await page.waitForSelector('[data-report]');
        expect(await page.locator('h1').first().textContent()).toBe(`Báo cáo nhanh · ${name}`);
        // The 10:00 checkpoint: the district's report and its wards', which the ward filter names.
        expect(await page.locator('[data-report][data-place=district]').count()).toBe(1);
        const wardNames = await page.locator('select[name=ward] option').allTextContents();
        expect(wardNames).toHaveLength(2 + wards.length);
        expect(wardNames).toContain(wards[0].name);
        if (viewport.width === 360) expect(await pastTheEdge(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `reports-unit-${shot}-${viewport.width}x${viewport.height}.png`) });
        // And back to the wall it came from, never to the operator's board.
        const back = page.locator('[data-test=to-ops]');
        expect(await back.textContent()).toBe('← Màn hình theo dõi');
        await back.click();
        await page.waitForURL('**/ops');
        await page.waitForSelector('[data-test=unit-map] [data-unit]');
        await page.waitForSelector('[data-test=ops] [data-state=live]');
        expect(await page.locator('.ops-header h1').textContent()).toContain(name);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });

  it('63 tiles fit the map at 1080p and 4K, nothing cut off and no text under 16 px', async () => {
    for (const viewport of [FULL_HD, { width: 3840, height: 2160 }]) {
      const page = await wall('observer.nation', viewport);
      try {
        // The country's 63 provinces, drawn from the one tile the demo has, in the grid the map gives 63.
        const found = await page.evaluate(() => {
          const grid = document.querySelector<HTMLElement>('[data-test=unit-map] .grid')!;
          const tile = grid.querySelector<HTMLElement>('[data-unit]')!;
          grid.style.setProperty('--columns', String(Math.ceil(Math.sqrt(63 / 1.5))));
          grid.style.setProperty('--rows', String(Math.ceil(63 / Math.ceil(Math.sqrt(63 / 1.5)))));
          // The one demo tile is drawn as a few tiles are; 63 are not a few.
          grid.classList.remove('few');
          const names = ['Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh', 'Thừa Thiên Huế', 'Đắk Nông'];
          for (let i = 1; i < 63; i++) {
            const copy = tile.cloneNode(true) as HTMLElement;
            copy.querySelector('[data-test=unit-name]')!.textContent = names[i % names.length];
            // Every other tile with the widest its lines show: a province's areas, a count of a thousand
            // or more, a percent of three figures.
            if (i % 2 === 1) {
              copy.querySelector('[data-test=unit-areas]')!.firstChild!.textContent = '1.345/1.345';
              copy.querySelector('[data-test=unit-exceptions] .count')!.textContent = '999+';
              copy.querySelector('[data-test=unit-percent]')!.textContent = '99,9%';
            }
            grid.appendChild(copy);
          }
          const out: string[] = [];
          const doc = document.documentElement;
          if (doc.scrollHeight > window.innerHeight + 1) out.push(`page ${doc.scrollHeight} high`);
          const map = document.querySelector<HTMLElement>('[data-test=unit-map]')!;
          if (map.scrollHeight > map.clientHeight + 1) out.push(`map ${map.scrollHeight} > ${map.clientHeight}`);
          // A tile keeps its text inside; its lines keep theirs across (a name may take two lines, no more).
          for (const el of Array.from(grid.querySelectorAll<HTMLElement>('.tile')))
            if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) out.push(`tile ${el.textContent?.trim()}`);
          for (const el of Array.from(grid.querySelectorAll<HTMLElement>('.tile .name, .tile .value, .tile .areas')))
            if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} ${el.textContent?.trim()}`);
          for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-test=ops] *'))) {
            const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
            if (own && el.getBoundingClientRect().width > 0 && parseFloat(getComputedStyle(el).fontSize) < 16)
              out.push(`small: ${el.textContent!.trim().slice(0, 30)}`);
          }
          return out;
        });
        await page.screenshot({ path: join(SCREENSHOTS, `ops-unit-63-${viewport.width}x${viewport.height}.png`) });
        expect(found).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });
});
