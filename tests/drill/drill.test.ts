import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ElectionNowDocument, login, PollingAreasDocument, setAreaStatus, TurnoutDocument } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { eventually } from '../support/wait.js';

const DRILL = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/dist/drill/main.js');
// The whole day (05:00-21:40) in under two minutes. At 1200× a loaded CI machine fell hours of election
// time behind, and the day's last status changes arrived after 21:00, when the window had closed.
const SPEED = 600;

interface Summary {
  eventsWritten: number;
  incidents: number;
  tasks: number;
  overdue: number;
  finalTurnoutPercent: number;
  actionsDone: number;
  actionsFailed: number;
  findings: number;
  flaggedFigures: number;
  verifiedFigures: number;
  districtReports: number;
  wardReports: number;
  reportsSent: number;
  incidentsOverWards: number;
  complaints: number;
  denunciations: number;
  complaintsOverdue: number;
  complaintsAnswered: number;
  ballotBoxVisits: number;
  visitsDone: number;
  visitsCancelled: number;
  voterListChanges: number;
  sitesMoved: number;
}

/** Run `pnpm drill --url ... --json` as a user would, and read its summary line. */
function runDrill(url: string, seed: number): Promise<{ summary: Summary; stderr: string }> {
  return new Promise((ok, fail) => {
    execFile(
      process.execPath,
      [DRILL, '--url', url, '--speed', String(SPEED), '--seed', String(seed), '--json'],
      { timeout: 240_000 },
      (err, stdout, stderr) => {
        if (err) return fail(new Error(`drill failed: ${err.message}\n${stderr}`));
        ok({ summary: JSON.parse(stdout.trim().split('\n').pop()!), stderr });
      },
    );
  });
}

// PostgreSQL keeps up with a fast day better than the embedded database; either works.
const kind = (await postgresAvailable()) ? 'postgres' : 'pglite';

describe(`drill against a running server (${kind})`, () => {
  let data: Storage;
  let server: TestServer;

  beforeAll(async () => {
    data = await storage(kind);
    // The clock waits just before 05:00 until the drill sets it; a fast scheduler so escalation keeps up with the drill's speed.
    server = await startServer({ ...data.env, CLOCK_START: '2021-05-23T04:59:00+07:00', SCHEDULER_INTERVAL_MS: '100' });
  });

  afterAll(async () => {
    await server?.stop();
    await data?.dispose();
  });

  it('replays the whole day through the API, shows the drill while it runs, and ends near the reported turnout', async () => {
    const operator = await login(server.url, 'operator');
    const drill = runDrill(server.url, 7);

    // While it runs, the screens' field says so and the clock is the drill's, on election day.
    const election = await eventually(
      'the drill runs',
      async () => {
        const { election } = await ask(server.url, ElectionNowDocument, {}, operator);
        return election.drill.active && election;
      },
      60_000,
      100,
    );
    expect(election.drill.speed).toBe(SPEED);
    const now = Date.parse(election.now);
    expect(now).toBeGreaterThanOrEqual(Date.parse('2021-05-23T05:00:00+07:00'));
    expect(now).toBeLessThan(Date.parse('2021-05-23T22:00:00+07:00'));

    const { summary, stderr } = await drill;
    expect(summary.actionsFailed, stderr).toBe(0);
    expect(summary.actionsDone).toBeGreaterThan(5_000);
    expect(summary.eventsWritten).toBeGreaterThanOrEqual(summary.actionsDone);
    expect(summary.incidents).toBeGreaterThanOrEqual(15);
    expect(summary.tasks).toBeGreaterThanOrEqual(15);
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    expect(Math.abs(summary.finalTurnoutPercent - 99.68)).toBeLessThanOrEqual(0.5);
    // The reporting regime: findings from the ten teams, flagged figures checked, a report per checkpoint for the district and each ward, all sent.
    expect(summary.findings).toBeGreaterThanOrEqual(20);
    expect(summary.flaggedFigures).toBeGreaterThanOrEqual(2);
    expect(summary.verifiedFigures).toBeGreaterThanOrEqual(2);
    expect(summary.districtReports).toBe(5);
    expect(summary.wardReports).toBe(5 * 18);
    expect(summary.reportsSent).toBe(5 + 5 * 18);
    // The complaints register: the week's voter-list letters, one already overdue at dawn, and a denunciation sent on.
    expect(summary.incidentsOverWards).toBe(1); // the feeder's outage, filed once for two wards
    expect(summary.complaints).toBe(7);
    expect(summary.denunciations).toBe(1);
    expect(summary.complaintsOverdue).toBeGreaterThanOrEqual(1);
    expect(summary.complaintsAnswered).toBe(6);
    // The auxiliary box: two quarantined households among five visits, one called off.
    expect([summary.ballotBoxVisits, summary.visitsDone, summary.visitsCancelled]).toEqual([5, 4, 1]);
    // The voter list's movement: transient voters added in several areas in the morning, one site moved early; the final turnout above held with them.
    expect(summary.voterListChanges).toBeGreaterThanOrEqual(5);
    expect(summary.sitesMoved).toBe(1);

    expect((await ask(server.url, ElectionNowDocument, {}, operator)).election.drill.active).toBe(false);
    const { pollingAreas } = await ask(server.url, PollingAreasDocument, {}, operator);
    expect(new Set(pollingAreas.map((a) => a.status))).toEqual(new Set(['COUNTED']));
    expect(pollingAreas.filter((a) => a.transientVoters > 0 && a.registeredVoters === a.seededVoters + a.transientVoters)).toHaveLength(
      summary.voterListChanges,
    );
    expect(pollingAreas.filter((a) => a.relocatedAt !== null)).toHaveLength(1);
    expect((await ask(server.url, TurnoutDocument, {}, operator)).turnout.percent).toBe(summary.finalTurnoutPercent);
  }, 300_000);
});

describe('drill on a day that has already begun', () => {
  it('refuses to start, and leaves the clock alone', async () => {
    const data = await storage('pglite');
    const server = await startServer(data.env);
    try {
      const operator = await login(server.url, 'operator');
      const { pollingAreas } = await ask(server.url, PollingAreasDocument, {}, operator);
      await setAreaStatus(server.url, { id: pollingAreas[0].id, status: 'READY' }, operator);
      await expect(runDrill(server.url, 8)).rejects.toThrow(/fresh election day/);
      expect((await ask(server.url, ElectionNowDocument, {}, operator)).election.drill.active).toBe(false);
    } finally {
      await server.stop();
      await data.dispose();
    }
  }, 90_000);
});
