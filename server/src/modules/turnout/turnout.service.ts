import type { EntityManager } from 'typeorm';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { LIMITS, optionalText } from '../../validation.js';
import { checkpointsOf } from '../election/election-time.js';
import { ElectionService } from '../election/election.service.js';
import { EventType } from '../../log/event.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { PollingAreaService } from '../polling-areas/polling-area.service.js';
import { TURNOUT_STATUSES } from '../polling-areas/status-rules.js';
import { withClientRequest } from '../requests/client-requests.js';
import { areaScopeFilter, type AreaScope } from '../units/area-scope.js';
import type { SummaryCache } from '../units/summary-cache.js';
import { Role } from '../users/user.entity.js';
import { TurnoutReport } from './turnout-report.entity.js';
import { TurnoutSummary, WardTurnout, type ReportTurnoutInput, type Turnout, type TurnoutPoint } from './turnout.types.js';

/** Which areas a turnout sum covers. */
export type TurnoutScope = Exclude<AreaScope, { pollingAreaId: number }>;

const percent = (voted: number, registered: number) => (registered === 0 ? 0 : Math.round((voted / registered) * 10_000) / 100);

export class TurnoutService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
    private readonly areas: PollingAreaService,
    private readonly summaries: SummaryCache,
  ) {}

  async report(viewer: Viewer, input: ReportTurnoutInput): Promise<TurnoutReport> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'reportTurnout',
        (id) => tx.manager.findOneByOrFail(TurnoutReport, { id }),
        async () => {
          const area = await this.areas.lockForWrite(tx, viewer, input.pollingAreaId);
          const reason = optionalText(input.correctionReason, LIMITS.reason);
          if (!Number.isInteger(input.voted) || input.voted < 0 || input.voted > area.registeredVoters) {
            throw new DomainError('turnoutOutOfBounds', `0-${area.registeredVoters}`);
          }
          if (!TURNOUT_STATUSES.includes(area.status)) throw new DomainError('turnoutWrongStatus', area.status);
          // A figure below the latest is a correction of it (a typo fixed): the operator for any area, the
          // area's own ward officer (lockForWrite checked the ward) — always with the reason on record.
          if (input.voted < area.voted && !reason) throw new DomainError('turnoutDecreasing', `${input.voted} < ${area.voted}`);
          const report = await tx.manager.save(
            tx.manager.create(TurnoutReport, {
              pollingAreaId: area.id,
              wardId: area.wardId,
              voted: input.voted,
              at: tx.now,
              correctionReason: reason,
              reportedById: viewer.id,
            }),
          );
          area.voted = input.voted;
          area.latestReportAt = tx.now;
          // The row is locked and loaded already: an UPDATE, not save()'s reload-and-compare.
          await tx.manager.update(PollingArea, area.id, { voted: area.voted, latestReportAt: area.latestReportAt });
          tx.emit({ type: EventType.TURNOUT_REPORTED, wardId: area.wardId, data: { turnoutReport: { ...report }, pollingArea: { ...area } } });
          return report;
        },
      ),
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
