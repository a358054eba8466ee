import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { pastTheEdge, VIEWPORTS } from '../support/layout.js';
import { demoIds, openArea } from '../support/demo.js';
import { gql, login } from '../support/graphql.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();

/** Every screen, as the person it is for opens it. */
const SCREENS = [
  { name: 'login', user: null, path: '/login' },
  { name: 'ops', user: 'observer', path: '/ops' },
  { name: 'ward', user: 'ward.vinh-tuy', path: '/ward' },
  { name: 'tasks', user: 'liaison.power', path: '/tasks' },
  { name: 'incidents', user: 'operator', path: '/incidents' },
] as const;

describe.skipIf(!hasBrowser)('every screen at phone, 1080p and 4K sizes', () => {
  let server: TestServer;
  let data: Storage;
  let browser: Browser;

  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo', CLOCK_START: '2021-05-23T10:20:00+07:00' });
    const ids = await demoIds(server.url);
    const op = ids.operator;
    const ask = async (query: string, variables: Record<string, unknown>, token = op) => {
      const r = await gql(server.url, query, variables, token);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!;
    };
    // A morning as it looks at 10:20: Vĩnh Tuy (17 areas) mostly voting and reporting, one area
    // suspended, two never opened, ten incidents in the ward, tasks for the power company.
    const vinhTuy = ids.ward('vinh-tuy');
    const officer = await login(server.url, 'ward.vinh-tuy');
    for (const [i, area] of vinhTuy.pollingAreas.entries()) {
      if (i >= vinhTuy.pollingAreas.length - 2) continue;
      await openArea(server.url, op, area.id);
      await ask(
        'mutation($i: ReportTurnoutInput!) { reportTurnout(input: $i) { id } }',
        { i: { pollingAreaId: area.id, voted: Math.round(area.registeredVoters * (0.3 + i / 100)) } },
        officer,
      );
    }
    await ask(
      'mutation($id: ID!) { setPollingAreaStatus(id: $id, status: SUSPENDED, reason: "Mất điện, đã niêm phong hòm phiếu") { id } }',
      { id: vinhTuy.pollingAreas[2].id },
      officer,
    );
    const categories = ['POWER_OUTAGE', 'SANITATION', 'SECURITY', 'MEDICAL', 'MATERIALS', 'STORM', 'FIRE', 'COMPLAINT', 'OTHER', 'FLOOD'];
    for (const [i, category] of categories.entries()) {
      await ask(
        'mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }',
        {
          i: {
            pollingAreaId: vinhTuy.pollingAreas[i].id,
            category,
            severity: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'][i % 4],
            title: `Sự cố thử số ${i + 1} tại khu vực bỏ phiếu với tên dài`,
          },
        },
        officer,
      );
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  async function open(user: string | null, path: string, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    if (user) {
      await page.fill('input[name=username]', user);
      await page.fill('input[name=password]', 'demo');
      await page.click('button[type=submit]');
      await page.waitForURL(`**${path}`);
      await page.waitForSelector('[data-state=live]');
      // Let the snapshot's lists render.
      await page.waitForTimeout(1_500);
    }
    return page;
  }

  for (const screen of SCREENS) {
    it(`${screen.name}: nothing past the edge at 360×640; screenshots at every size`, async () => {
      for (const size of VIEWPORTS) {
        const page = await open(screen.user, screen.path, size);
        await page.screenshot({ path: join(SCREENSHOTS, `every-${screen.name}-${size.width}x${size.height}.png`), fullPage: size.width === 360 });
        if (size.width === 360) expect(await pastTheEdge(page), `${screen.name} at 360×640`).toEqual([]);
        // "Data as of" is election time, as the clock beside it: the hour of the day being run (10:2x), not the device's.
        const asOf = page.locator('[data-test=as-of]');
        if (screen.user && (await asOf.count()) > 0) expect(await asOf.first().textContent(), `${screen.name} as-of`).toMatch(/10:[2-5]\d/);
        await page.context().close();
      }
    });
  }
});
