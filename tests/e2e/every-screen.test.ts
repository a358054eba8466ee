import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, SCREENSHOTS } from '../support/browser.js';
import { pastTheEdge, VIEWPORTS } from '../support/layout.js';
import { demoIds, openArea } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import {
  ask,
  ElectionNowDocument,
  login,
  ReceiveComplaintDocument,
  reportIncident,
  reportTurnout,
  setAreaStatus,
  type IncidentCategory,
  type Severity,
} from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const hasBrowser = browserAvailable();

/** Every screen, as the person it is for opens it, and what shows once its snapshot's lists are on it. */
const SCREENS = [
  { name: 'login', user: null, path: '/login', loaded: [] },
  {
    name: 'ops',
    user: 'observer',
    path: '/ops',
    loaded: ['[data-test=exceptions]', '[data-test=turnout-chart] svg', '.feed [data-incident]', '.tasks [data-task]'],
  },
  // The walls above the district: the city's districts, the nation's provinces (one tile each in the demo).
  {
    name: 'ops-city',
    user: 'observer.ha-noi',
    path: '/ops',
    loaded: ['[data-test=unit-map] [data-unit]', '[data-test=turnout-chart] svg', '.feed [data-incident]'],
  },
  {
    name: 'ops-nation',
    user: 'observer.nation',
    path: '/ops',
    loaded: ['[data-test=unit-map] [data-unit]', '[data-test=turnout-chart] svg', '.feed [data-incident]'],
  },
  { name: 'ward', user: 'ward.vinh-tuy', path: '/ward', loaded: ['[data-area="vinh-tuy-17"]', '[data-test=incident-count]'] },
  { name: 'team', user: 'team.doan-10', path: '/team', loaded: ['[data-test=team-wards]', '[data-test=team-incidents]'] },
  { name: 'tasks', user: 'liaison.power', path: '/tasks', loaded: ['[data-task]'] },
  { name: 'incidents', user: 'operator', path: '/incidents', loaded: ['[data-incident]'] },
  // The 10:00 situation reports, compiled as the server starts at 10:20.
  { name: 'reports', user: 'operator', path: '/reports', loaded: ['[data-report] [data-test=turnout]'] },
  { name: 'reports-ward', user: 'ward.vinh-tuy', path: '/reports', loaded: ['[data-report] [data-test=turnout]'] },
  { name: 'complaints', user: 'operator', path: '/complaints', loaded: ['[data-complaint]'] },
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
    // A morning as it looks at 10:20: Vĩnh Tuy (17 areas) mostly voting and reporting, one area
    // suspended, two never opened, ten incidents in the ward, tasks for the power company, two findings.
    const vinhTuy = ids.ward('vinh-tuy');
    const officer = await login(server.url, 'ward.vinh-tuy');
    for (const [i, area] of vinhTuy.pollingAreas.entries()) {
      if (i >= vinhTuy.pollingAreas.length - 2) continue;
      await openArea(server.url, op, area.id);
      await reportTurnout(server.url, { pollingAreaId: area.id, voted: Math.round(area.registeredVoters * (0.3 + i / 100)) }, officer);
    }
    await setAreaStatus(server.url, { id: vinhTuy.pollingAreas[2].id, status: 'SUSPENDED', reason: 'Mất điện, đã niêm phong hòm phiếu' }, officer);
    const categories: IncidentCategory[] = ['POWER_OUTAGE', 'SANITATION', 'SECURITY', 'MEDICAL', 'MATERIALS', 'STORM', 'FIRE', 'COMPLAINT', 'OTHER', 'FLOOD'];
    const severities: Severity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    for (const [i, category] of categories.entries()) {
      await reportIncident(
        server.url,
        { pollingAreaId: vinhTuy.pollingAreas[i].id, category, severity: severities[i % 4], title: `Sự cố thử số ${i + 1} tại khu vực bỏ phiếu với tên dài` },
        officer,
      );
    }
    // Supervision team 10 follows Vĩnh Tuy: an issue it found and a good practice.
    const team = await login(server.url, 'team.doan-10');
    for (const [kind, text] of [
      ['ISSUE', 'Tổ bầu cử số 6 chưa niêm yết danh sách cử tri ở cổng, cử tri phải hỏi nhiều lần'],
      ['GOOD_PRACTICE', 'Phường bố trí xe đưa cử tri cao tuổi'],
    ]) {
      await gql(
        server.url,
        'mutation($i: ReportFindingInput!) { reportFinding(input: $i) { id } }',
        { i: { pollingAreaId: vinhTuy.pollingAreas[5].id, kind, text } },
        team,
      );
    }
    // Two complaints: a denunciation taken in by the ward, one about the voter list a week old (overdue).
    const { election } = await ask(server.url, ElectionNowDocument, {}, op);
    for (const [input, token] of [
      [
        {
          kind: 'DENUNCIATION',
          subject: 'VOTING',
          summary: 'Tổ bầu cử số 3 để người ngoài vào khu vực bỏ phiếu kín',
          pollingAreaId: vinhTuy.pollingAreas[2].id,
        },
        officer,
      ],
      [
        {
          kind: 'COMPLAINT',
          subject: 'VOTER_LIST',
          summary: 'Không có tên trong danh sách cử tri dù đã đăng ký tạm trú',
          wardId: vinhTuy.id,
          receivedAt: new Date(Date.parse(election.now) - 7 * 24 * 3_600_000).toISOString(),
        },
        op,
      ],
    ] as const) {
      await ask(server.url, ReceiveComplaintDocument, { input: { ...input, channel: 'IN_PERSON', complainant: { name: 'Người gửi đơn' } } }, token);
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await data?.dispose();
  });

  async function open(screen: (typeof SCREENS)[number], viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    // A screen that is not the role's home (the operator's register) is asked for, as a link would.
    await page.goto(`${server.url}/login${screen.user ? `?next=${encodeURIComponent(screen.path)}` : ''}`);
    if (screen.user) {
      await page.fill('input[name=username]', screen.user);
      await page.fill('input[name=password]', 'demo');
      await page.click('button[type=submit]');
      await page.waitForURL(`**${screen.path}`);
      await page.waitForSelector('[data-state=live]');
    }
    // The snapshot's lists are on the screen, in their fonts.
    for (const selector of screen.loaded) await page.locator(selector).first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }

  for (const screen of SCREENS) {
    it(`${screen.name}: nothing past the edge at 360×640; screenshots at every size`, async () => {
      for (const size of VIEWPORTS) {
        const page = await open(screen, size);
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
