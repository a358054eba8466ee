import type { EntityManager } from 'typeorm';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import { assertWriteWard, readFilter } from '../../scope/scope.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { LIMITS, optionalText, parseId } from '../../validation.js';
import { checkpointsOf, localInstant } from '../election/election-time.js';
import type { Election } from '../election/election.entity.js';
import { ElectionService } from '../election/election.service.js';
import { EventType } from '../../log/event.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { TURNOUT_STATUSES } from '../polling-areas/status-rules.js';
import { claimOf, earlierResult } from '../requests/client-requests.js';
import { areaScopeFilter, type AreaScope } from '../units/area-scope.js';
import type { SummaryCache } from '../units/summary-cache.js';
import { Role } from '../users/user.entity.js';
import { PollingAreaStatus } from '../units/enums.js';
import { DEFAULT_FLAG_THRESHOLDS, flagsOf, type FlagThresholds, type TurnoutFlag } from './turnout-flags.js';
import { projectFinal } from './projection.js';
import { claimLockRead, writeReport, type ReportReads } from './report-statements.js';
import { TurnoutReport } from './turnout-report.entity.js';
import { TurnoutSummary, WardTurnout, type ReportTurnoutInput, type Turnout, type TurnoutPoint } from './turnout.types.js';

/** Which areas a turnout sum covers. */
export type TurnoutScope = Exclude<AreaScope, { pollingAreaId: number }>;

const percent = (voted: number, registered: number) => (registered === 0 ? 0 : Math.round((voted / registered) * 10_000) / 100);

export class TurnoutService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
    private readonly summaries: SummaryCache,
    private readonly thresholds: FlagThresholds = DEFAULT_FLAG_THRESHOLDS,
  ) {}

  /**
   * File an area's cumulative figure. The closing spike's write (every area at once): what it reads
   * is one statement and what it writes another, with its event (report-statements.ts); the rules are
   * checked here.
   */
  async report(viewer: Viewer, input: ReportTurnoutInput): Promise<TurnoutReport> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const election = await this.elections.current();
    return this.db.tx(viewer, async (tx) => {
      const claim = claimOf(tx, input.clientRequestId, 'reportTurnout');
      const areaId = parseId(input.pollingAreaId);
      const load = (id: number) => tx.manager.findOneByOrFail(TurnoutReport, { id });
      // Only figures of the same moment: in the morning a figure an hour old is 20 points behind, not an outlier's peer.
      const since = new Date(tx.now.getTime() - this.thresholds.outlierWindowMinutes * 60_000);
      let read = await claimLockRead(tx.manager, areaId, since, claim);
      if (!read.claimed) {
        const earlier = await earlierResult(tx, claim!, load);
        if (earlier) return earlier;
        read = await claimLockRead(tx.manager, areaId, since, null);
      }
      const area = read.area;
      // NOT_FOUND before FORBIDDEN, so ids are not probed by role.
      if (!area) throw new DomainError('notFound', `polling area ${input.pollingAreaId}`);
      assertWriteWard(viewer, area.wardId);
      const reason = optionalText(input.correctionReason, LIMITS.reason);
      if (!Number.isInteger(input.voted) || input.voted < 0 || input.voted > area.registeredVoters) {
        throw new DomainError('turnoutOutOfBounds', `0-${area.registeredVoters}`);
      }
      if (!TURNOUT_STATUSES.includes(area.status)) throw new DomainError('turnoutWrongStatus', area.status);
      // A figure below the latest is a correction of it (a typo fixed): the operator for any area, the
      // area's own ward officer (checked above) — always with the reason on record.
      if (input.voted < area.voted && !reason) throw new DomainError('turnoutDecreasing', `${input.voted} < ${area.voted}`);
      const flags = this.flagsFor(election, area, read, input.voted, tx.now, input.voted < area.voted || reason !== null);
      const fields = { pollingAreaId: area.id, wardId: area.wardId, voted: input.voted, at: tx.now, correctionReason: reason, reportedById: viewer.id, flags };
      const report = Object.assign(new TurnoutReport(), {
        id: read.reportId!,
        ...fields,
        verified: false,
        verifiedAt: null,
        verifiedById: null,
        verifyNote: null,
      });
      area.voted = input.voted;
      area.latestReportAt = tx.now;
      tx.emit({ type: EventType.TURNOUT_REPORTED, wardId: area.wardId, data: { turnoutReport: { ...report }, pollingArea: { ...area } } });
      await writeReport(tx, report, claim);
      return report;
    });
  }

  /** The flags a new figure earns, from the area's reports and its ward's, read with the area locked. */
  private flagsFor(election: Election, area: PollingArea, read: ReportReads, voted: number, at: Date, corrected: boolean): TurnoutFlag[] {
    return flagsOf(
      {
        registered: area.registeredVoters,
        voted,
        at,
        corrected,
        voting: area.status === PollingAreaStatus.VOTING,
        earlier: read.earlier,
        pollsOpenAt: election.pollsOpenAt,
        earlyBeforeAt: localInstant(election.date, this.thresholds.earlyBefore),
        checkpoints: checkpointsOf(election).map((c) => c.at),
        wardPercents: read.ward.map((o) => (o.registered === 0 ? 0 : (o.voted / o.registered) * 100)),
      },
      this.thresholds,
    );
  }

  /** The operator confirms a flagged figure after checking it (with the ward, by phone, on site). */
  async verify(viewer: Viewer, id: string, note?: string | null): Promise<TurnoutReport> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const text = optionalText(note, LIMITS.reason);
    return this.db.tx(viewer, async (tx) => {
      const report = await tx.manager.findOne(TurnoutReport, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new DomainError('notFound', `turnout report ${id}`);
      assertWriteWard(viewer, report.wardId);
      if (report.flags.length === 0 || report.verified) throw new DomainError('turnoutNotFlagged');
      Object.assign(report, { verified: true, verifiedAt: tx.now, verifiedById: viewer.id, verifyNote: text });
      await tx.manager.update(TurnoutReport, report.id, { verified: true, verifiedAt: tx.now, verifiedById: viewer.id, verifyNote: text });
      const area = await tx.manager.findOneByOrFail(PollingArea, { id: report.pollingAreaId });
      tx.emit({ type: EventType.TURNOUT_VERIFIED, wardId: report.wardId, data: { turnoutReport: { ...report }, pollingArea: { ...area } } });
      return report;
    });
  }

  /** Reports flagged and not yet verified that the viewer may read, newest first. */
  async flagged(viewer: Viewer): Promise<TurnoutReport[]> {
    const scope = readFilter(requireViewer(viewer), 'pollingArea', 'r');
    return this.db.read((m) =>
      m
        .createQueryBuilder(TurnoutReport, 'r')
        .where(scope.sql, scope.params)
        .andWhere(`cardinality(r.flags) > 0 AND NOT r.verified`)
        .orderBy('r.at', 'DESC')
        .limit(500)
        .getMany(),
    );
  }

  /**
   * The totals of a scope. Its per-ward breakdown and curve over the day cost far more at national
   * scale, so they are left to `byWard` and `series`, which the API calls only when they are selected.
   */
  async summary(scope: TurnoutScope = 'all'): Promise<TurnoutSummary> {
    return Object.assign(new TurnoutSummary(), await this.total(scope), { scope });
  }

  reportsOf(pollingAreaId: number): Promise<TurnoutReport[]> {
    return this.db.read((m) => m.find(TurnoutReport, { where: { pollingAreaId }, order: { at: 'DESC', id: 'DESC' } }));
  }

  async latest(pollingAreaId: number): Promise<TurnoutReport | null> {
    const [report] = await this.latestOf([pollingAreaId]);
    return report;
  }

  /** The latest report of each of several areas in one query, in the order asked (null where none). */
  async latestOf(pollingAreaIds: readonly number[]): Promise<(TurnoutReport | null)[]> {
    const rows = await this.db.read((m) =>
      m
        .createQueryBuilder(TurnoutReport, 'r')
        .distinctOn(['r.pollingAreaId'])
        .where('r.pollingAreaId IN (:...ids)', { ids: [...pollingAreaIds] })
        .orderBy('r.pollingAreaId')
        .addOrderBy('r.at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .getMany(),
    );
    const byArea = new Map(rows.map((r) => [r.pollingAreaId, r]));
    return pollingAreaIds.map((id) => byArea.get(id) ?? null);
  }

  /** Sum of each area's latest report over a scope (the nation's and a province's reused until the log moves). */
  total(scope: TurnoutScope): Promise<Turnout> {
    return this.summaries.get('turnout', scope, () => this.sum(scope));
  }

  private async sum(scope: TurnoutScope): Promise<Turnout> {
    const [where, params] = areaScopeFilter(scope, 1);
    const [row] = await this.db.read((m) =>
      m.query(
        `SELECT coalesce(sum(pa."registeredVoters"), 0)::int AS registered, coalesce(sum(pa.voted), 0)::int AS voted,
                count(pa."latestReportAt")::int AS "areasReported", count(*)::int AS "areasTotal", max(pa."latestReportAt") AS "lastReportAt"
           FROM polling_areas pa
          WHERE ${where}`,
        params,
      ),
    );
    return { ...row, percent: percent(row.voted, row.registered) };
  }

  /** Projected final turnout of a scope (projection.ts has the model). */
  async projectedFinal(scope: TurnoutScope): Promise<number | null> {
    const [where, params] = areaScopeFilter(scope, 1);
    const rows: { registered: number; voted: number; at: Date }[] = await this.db.read((m) =>
      m.query(
        `SELECT pa."registeredVoters" AS registered, pa.voted, pa."latestReportAt" AS at FROM polling_areas pa WHERE ${where} AND pa."latestReportAt" IS NOT NULL`,
        params,
      ),
    );
    return projectFinal(rows.map((r) => ({ ...r, at: new Date(r.at) })));
  }

  /** Per-ward totals of a district (or all wards). */
  async byWard(scope: TurnoutScope): Promise<WardTurnout[]> {
    const [where, params] = areaScopeFilter(scope, 1);
    const rows: (Turnout & { wardId: number })[] = await this.db.read((m) =>
      m.query(
        `SELECT pa."wardId" AS "wardId", sum(pa."registeredVoters")::int AS registered, sum(pa.voted)::int AS voted,
                count(pa."latestReportAt")::int AS "areasReported", count(*)::int AS "areasTotal", max(pa."latestReportAt") AS "lastReportAt"
           FROM polling_areas pa
          WHERE ${where} GROUP BY pa."wardId" ORDER BY pa."wardId"`,
        params,
      ),
    );
    return rows.map((r) => Object.assign(new WardTurnout(), r, { percent: percent(r.voted, r.registered) }));
  }

  /**
   * The curve over the day: every half hour from opening and each checkpoint, up to the election clock's
   * now. `registered` saves a sum when the caller already has the scope's total.
   */
  async series(scope: TurnoutScope, registered?: number): Promise<TurnoutPoint[]> {
    const election = await this.elections.current();
    const now = this.db.clock.now();
    const checkpoints = checkpointsOf(election);
    const end = Math.min(now.getTime(), checkpoints[checkpoints.length - 1].at.getTime());
    const marks = new Map<number, string | null>();
    for (let t = election.pollsOpenAt.getTime(); t <= end; t += 30 * 60_000) marks.set(t, null);
    for (const c of checkpoints) if (c.at.getTime() <= end) marks.set(c.at.getTime(), c.label);
    if (marks.size === 0) return [];
    const times = [...marks.keys()].sort((a, b) => a - b);
    const base = registered ?? (await this.total(scope)).registered;
    const voted = await this.db.read((m) =>
      votedAt(
        m,
        scope,
        times.map((t) => new Date(t)),
      ),
    );
    return times.map((t, i) => ({ at: new Date(t), checkpoint: marks.get(t) ?? null, voted: voted[i], percent: percent(voted[i], base) }));
  }
}

async function votedAt(m: EntityManager, scope: TurnoutScope, times: Date[]): Promise<number[]> {
  const [where, params] = areaScopeFilter(scope, 2);
  const rows: { voted: number }[] = await m.query(
    `SELECT t.at, coalesce(sum(x.voted), 0)::int AS voted
       FROM unnest($1::timestamptz[]) WITH ORDINALITY AS t(at, i)
       LEFT JOIN LATERAL (
         SELECT DISTINCT ON (r."pollingAreaId") r.voted
           FROM turnout_reports r JOIN polling_areas pa ON pa.id = r."pollingAreaId"
          WHERE r.at <= t.at AND ${where}
          ORDER BY r."pollingAreaId", r.at DESC, r.id DESC) x ON true
      GROUP BY t.at, t.i ORDER BY t.i`,
    [times, ...params],
  );
  return rows.map((r) => r.voted);
}
