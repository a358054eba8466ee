import type { UnitSpan } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import type { ElectionService } from '../election/election.service.js';
import { CHECKLIST_ITEMS } from '../readiness/checklist.entity.js';
import { lateCheckpoint } from '../turnout/lateness.service.js';
import { VISIT_OVERDUE_MS } from '../visits/visit-rules.js';
import { areaScopeFilter, areaScopeOfUnit } from './area-scope.js';
import { UnitLevel } from './enums.js';
import type { UnitService } from './unit.service.js';
import { Unit } from './unit.types.js';
import { UnitTile, UnitTotals } from './unit-totals.types.js';

/** What a unit's tiles are: a nation's provinces, a province's districts, a district's wards (a ward has none). */
const CHILDREN: Partial<Record<UnitLevel, { level: UnitLevel; id: string; code: string; name: string; join: string }>> = {
  [UnitLevel.NATION]: { level: UnitLevel.PROVINCE, id: 'c.id', code: 'c.code', name: 'c.name', join: 'JOIN provinces c ON c.id = d."provinceId"' },
  [UnitLevel.PROVINCE]: {
    level: UnitLevel.DISTRICT,
    id: 'd.id',
    code: `cp.code || '/' || d.code`,
    name: 'd.name',
    join: 'JOIN provinces cp ON cp.id = d."provinceId"',
  },
  [UnitLevel.DISTRICT]: { level: UnitLevel.WARD, id: 'w.id', code: 'w.code', name: 'w.name', join: '' },
};

/** The sums a tile carries, each one a column of the query below. */
const SUMS = [
  'registered',
  'voted',
  'reported',
  'total',
  'done',
  'open',
  'suspended',
  'notOpened',
  'late',
  'flagged',
  'findings',
  'overdueTasks',
  'overdueComplaints',
  'overdueVisits',
] as const;
type Sums = Record<(typeof SUMS)[number], number>;
interface Row extends Sums {
  id: number;
  code: string;
  name: string;
}

const percent = (voted: number, registered: number) => (registered === 0 ? 0 : Math.round((voted / registered) * 10_000) / 100);

/**
 * The figures of a wall above the polling areas: a unit's totals and its units' tiles, in one query
 * that sums the areas by ward first (a province's ~1,300 areas, the country's 84,767) and the wards
 * up to the tiles through the small unit tables. Each tile also counts what needs someone now, the
 * kinds the district wall lists under "Cần xử lý ngay", from the open rows of small tables (late marks,
 * unverified flags through a partial index, findings, tasks, complaints, visits) by ward.
 */
export class UnitTotalsService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitService,
    private readonly elections: ElectionService,
  ) {}

  async compute(span: UnitSpan, seq: number): Promise<UnitTotals> {
    const unit = await this.units.describe({ level: span.level, id: span.id });
    const now = this.db.clock.now();
    const late = lateCheckpoint(await this.elections.current(), now);
    // A ward has no tiles: its one row (its own) is only summed into the total.
    const child = CHILDREN[span.level];
    const by = child ?? CHILDREN[UnitLevel.DISTRICT]!;
    const [where, params] = areaScopeFilter(areaScopeOfUnit(span), 1);
    const [at, lateLabel, lateFrom, visitsDue] = [1, 2, 3, 4].map((k) => `$${params.length + k}`);
    // Every figure is summed by ward first (the areas' in one pass over them, the rest from small tables
    // of what is open, each restricted to those wards), then the wards up to the tiles.
    const inWards = `"wardId" IN (SELECT "wardId" FROM a)`;
    const rows: Row[] = await this.db.read((m) =>
      m.query(
        `WITH a AS (
           SELECT pa."wardId", sum(pa."registeredVoters")::int AS registered, sum(pa.voted)::int AS voted,
                  count(pa."latestReportAt")::int AS reported, count(*)::int AS total, coalesce(sum(pa."checklistDone"), 0)::int AS done,
                  count(*) FILTER (WHERE pa.status = 'SUSPENDED')::int AS suspended,
                  count(*) FILTER (WHERE pa.status IN ('PREPARING', 'READY'))::int AS "notOpened"
             FROM polling_areas pa WHERE ${where} GROUP BY pa."wardId"),
         i AS (SELECT "wardId", count(*)::int AS n FROM incidents WHERE status <> 'RESOLVED' AND ${inWards} GROUP BY "wardId"),
         lt AS (SELECT m."wardId", count(*)::int AS n FROM late_marks m JOIN polling_areas pa ON pa.id = m."pollingAreaId"
                WHERE m.checkpoint = ${lateLabel} AND (pa."latestReportAt" IS NULL OR pa."latestReportAt" < ${lateFrom}) AND m.${inWards}
                GROUP BY m."wardId"),
         fl AS (SELECT "wardId", count(DISTINCT "pollingAreaId")::int AS n FROM turnout_reports
                WHERE cardinality(flags) > 0 AND NOT verified AND ${inWards} GROUP BY "wardId"),
         fi AS (SELECT "wardId", count(DISTINCT coalesce("pollingAreaId", 0))::int AS n FROM findings
                WHERE kind = 'ISSUE' AND status = 'OPEN' AND ${inWards} GROUP BY "wardId"),
         ot AS (SELECT "wardId", count(*)::int AS n FROM tasks WHERE status = 'OPEN' AND "ackDueAt" < ${at} AND ${inWards} GROUP BY "wardId"),
         oc AS (SELECT "wardId", count(*)::int AS n FROM complaints
                WHERE status IN ('RECEIVED', 'ASSIGNED') AND "dueAt" < ${at} AND ${inWards} GROUP BY "wardId"),
         ov AS (SELECT "wardId", count(*)::int AS n FROM ballot_box_visits
                WHERE status = 'SCHEDULED' AND "scheduledFor" < ${visitsDue} AND ${inWards} GROUP BY "wardId")
         SELECT ${by.id} AS id, ${by.code} AS code, ${by.name} AS name,
                sum(a.registered)::int AS registered, sum(a.voted)::int AS voted, sum(a.reported)::int AS reported,
                sum(a.total)::int AS total, sum(a.done)::int AS done, coalesce(sum(i.n), 0)::int AS open,
                sum(a.suspended)::int AS suspended, sum(a."notOpened")::int AS "notOpened", coalesce(sum(lt.n), 0)::int AS late,
                coalesce(sum(fl.n), 0)::int AS flagged, coalesce(sum(fi.n), 0)::int AS findings, coalesce(sum(ot.n), 0)::int AS "overdueTasks",
                coalesce(sum(oc.n), 0)::int AS "overdueComplaints", coalesce(sum(ov.n), 0)::int AS "overdueVisits"
           FROM a JOIN wards w ON w.id = a."wardId" JOIN districts d ON d.id = w."districtId" ${by.join}
           LEFT JOIN i ON i."wardId" = a."wardId" LEFT JOIN lt ON lt."wardId" = a."wardId" LEFT JOIN fl ON fl."wardId" = a."wardId"
           LEFT JOIN fi ON fi."wardId" = a."wardId" LEFT JOIN ot ON ot."wardId" = a."wardId" LEFT JOIN oc ON oc."wardId" = a."wardId"
           LEFT JOIN ov ON ov."wardId" = a."wardId"
          GROUP BY 1, 2, 3 ORDER BY 3, 1`,
        [...params, now, late?.label ?? null, late?.from ?? null, new Date(now.getTime() - VISIT_OVERDUE_MS)],
      ),
    );
    const tile = (u: Unit, r: Sums): UnitTile =>
      Object.assign(new UnitTile(), {
        unit: u,
        registered: r.registered,
        voted: r.voted,
        percent: percent(r.voted, r.registered),
        areasReported: r.reported,
        areasTotal: r.total,
        readinessDone: r.done,
        readinessRequired: r.total * CHECKLIST_ITEMS.length,
        openIncidents: r.open,
        suspendedAreas: r.suspended,
        areasNotOpened: r.notOpened,
        lateAreas: r.late,
        flaggedAreas: r.flagged,
        openFindings: r.findings,
        overdueTasks: r.overdueTasks,
        overdueComplaints: r.overdueComplaints,
        overdueVisits: r.overdueVisits,
      });
    const whole = Object.fromEntries(SUMS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Sums;
    const children = child ? rows.map((r) => tile(Object.assign(new Unit(), { level: child.level, id: r.id, code: r.code, name: r.name }), r)) : [];
    return Object.assign(new UnitTotals(), { unit, seq, at: now, total: tile(unit, whole), children });
  }
}
