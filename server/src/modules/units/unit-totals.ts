import type { UnitSpan } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import type { ElectionService } from '../election/election.service.js';
import { CHECKLIST_ITEMS } from '../readiness/checklist.entity.js';
import { lateCheckpoint } from '../turnout/lateness.service.js';
import { VISIT_OVERDUE_MS } from '../visits/visit-rules.js';
import { UnitLevel } from './enums.js';
import type { UnitService } from './unit.service.js';
import { Unit } from './unit.types.js';
import { UnitTile, UnitTotals } from './unit-totals.types.js';

/** The sums a tile carries, each one a column of the ward query below. */
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
  'attention',
] as const;

/** One ward's figures: what every tile above it is summed from. */
export type WardFigures = Record<(typeof SUMS)[number], number>;

type Sums = WardFigures;

const ZERO: Readonly<WardFigures> = Object.freeze(Object.fromEntries(SUMS.map((k) => [k, 0])) as WardFigures);

/** Where a ward lies, and the names of the units it lies in: to roll wards up into tiles without a join. */
interface WardPlace {
  code: string;
  name: string;
  districtId: number;
  districtCode: string;
  districtName: string;
  provinceId: number;
  provinceCode: string;
  provinceName: string;
}

export type Geography = ReadonlyMap<number, WardPlace>;

/**
 * Each ward's figures in one query (some wards: `$1`, or every ward): its areas summed in one pass, and
 * what needs someone now — the kinds the district wall lists under "Cần xử lý ngay" — from the open
 * rows of small tables (incidents, late marks, unverified flags through a partial index, findings,
 * tasks, complaints, visits), each restricted to those wards. `$2` is the election clock's now, `$3`
 * and `$4` the late checkpoint's label and window start, `$5` the instant a visit is overdue before,
 * `$6` whether the polls should be open. `attention` counts each of them once, as that panel does: an
 * area that is late and flagged is one place to see to, a whole-ward finding one more, and each open
 * incident, overdue task, complaint and visit one.
 */
const WARD_FIGURES_SQL = (some: boolean) => {
  const inWards = `"wardId" IN (SELECT ward FROM a)`;
  return `
  WITH a AS (
    SELECT pa."wardId" AS ward, sum(pa."registeredVoters")::int AS registered, sum(pa.voted)::int AS voted,
           count(pa."latestReportAt")::int AS reported, count(*)::int AS total, coalesce(sum(pa."checklistDone"), 0)::int AS done,
           count(*) FILTER (WHERE pa.status = 'SUSPENDED')::int AS suspended,
           count(*) FILTER (WHERE pa.status IN ('PREPARING', 'READY'))::int AS "notOpened"
      FROM polling_areas pa ${some ? 'WHERE pa."wardId" = ANY($1::int[])' : 'WHERE $1::int[] IS NULL'} GROUP BY pa."wardId"),
  i AS (SELECT "wardId", count(*)::int AS n FROM incidents WHERE status <> 'RESOLVED' AND ${inWards} GROUP BY "wardId"),
  lt AS (SELECT m."wardId", count(*)::int AS n FROM late_marks m JOIN polling_areas pa ON pa.id = m."pollingAreaId"
          WHERE m.checkpoint = $3 AND (pa."latestReportAt" IS NULL OR pa."latestReportAt" < $4) AND m.${inWards}
          GROUP BY m."wardId"),
  fl AS (SELECT "wardId", count(DISTINCT "pollingAreaId")::int AS n FROM turnout_reports
          WHERE cardinality(flags) > 0 AND NOT verified AND ${inWards} GROUP BY "wardId"),
  fi AS (SELECT "wardId", count(DISTINCT coalesce("pollingAreaId", 0))::int AS n FROM findings
          WHERE kind = 'ISSUE' AND status = 'OPEN' AND ${inWards} GROUP BY "wardId"),
  ot AS (SELECT "wardId", count(*)::int AS n FROM tasks WHERE status = 'OPEN' AND "ackDueAt" < $2 AND ${inWards} GROUP BY "wardId"),
  oc AS (SELECT "wardId", count(*)::int AS n FROM complaints
          WHERE status IN ('RECEIVED', 'ASSIGNED') AND "dueAt" < $2 AND ${inWards} GROUP BY "wardId"),
  ov AS (SELECT "wardId", count(*)::int AS n FROM ballot_box_visits
          WHERE status = 'SCHEDULED' AND "scheduledFor" < $5 AND ${inWards} GROUP BY "wardId"),
  -- The places late, flagged or found, each once, but for the areas already counted as suspended or not
  -- opened (0: a ward as a whole, no area's id).
  pl AS (SELECT x.ward, count(DISTINCT x.place)::int AS n FROM (
           SELECT m."wardId" AS ward, m."pollingAreaId" AS place FROM late_marks m JOIN polling_areas pa ON pa.id = m."pollingAreaId"
            WHERE m.checkpoint = $3 AND (pa."latestReportAt" IS NULL OR pa."latestReportAt" < $4) AND m.${inWards}
           UNION ALL
           SELECT "wardId", "pollingAreaId" FROM turnout_reports WHERE cardinality(flags) > 0 AND NOT verified AND ${inWards}
           UNION ALL
           SELECT "wardId", coalesce("pollingAreaId", 0) FROM findings WHERE kind = 'ISSUE' AND status = 'OPEN' AND ${inWards}
         ) x LEFT JOIN polling_areas pa ON pa.id = x.place
          WHERE pa.id IS NULL OR NOT (pa.status = 'SUSPENDED' OR ($6 AND pa.status IN ('PREPARING', 'READY')))
          GROUP BY x.ward)
  SELECT a.*, coalesce(i.n, 0) AS open, coalesce(lt.n, 0) AS late, coalesce(fl.n, 0) AS flagged, coalesce(fi.n, 0) AS findings,
         coalesce(ot.n, 0) AS "overdueTasks", coalesce(oc.n, 0) AS "overdueComplaints", coalesce(ov.n, 0) AS "overdueVisits",
         a.suspended + CASE WHEN $6 THEN a."notOpened" ELSE 0 END + coalesce(pl.n, 0) + coalesce(i.n, 0) + coalesce(ot.n, 0) + coalesce(oc.n, 0) + coalesce(ov.n, 0) AS attention
    FROM a LEFT JOIN i ON i."wardId" = a.ward LEFT JOIN lt ON lt."wardId" = a.ward LEFT JOIN fl ON fl."wardId" = a.ward
    LEFT JOIN fi ON fi."wardId" = a.ward LEFT JOIN ot ON ot."wardId" = a.ward LEFT JOIN oc ON oc."wardId" = a.ward
    LEFT JOIN ov ON ov."wardId" = a.ward LEFT JOIN pl ON pl.ward = a.ward`;
};

/**
 * What a district holds of no ward: its complaints about the district as a whole, past their deadline
 * without an answer (`$1` the election clock's now). Few, in a small table: read whole each time.
 */
const DISTRICT_WIDE_SQL = `
  SELECT "districtId" AS district, count(*)::int AS n FROM complaints
   WHERE "wardId" IS NULL AND "districtId" IS NOT NULL AND status IN ('RECEIVED', 'ASSIGNED') AND "dueAt" < $1
   GROUP BY "districtId"`;

/** Each district's overdue complaints of no ward, by district id (those with none are absent). */
export type DistrictWide = ReadonlyMap<number, number>;

const GEOGRAPHY_SQL = `
  SELECT w.id, w.code, w.name, d.id AS "districtId", p.code || '/' || d.code AS "districtCode", d.name AS "districtName",
         p.id AS "provinceId", p.code AS "provinceCode", p.name AS "provinceName"
    FROM wards w JOIN districts d ON d.id = w."districtId" JOIN provinces p ON p.id = d."provinceId"`;

const percent = (voted: number, registered: number) => (registered === 0 ? 0 : Math.round((voted / registered) * 10_000) / 100);

/** What a unit's tiles are, and which tile a ward falls in: a nation's provinces, a province's districts, a district's wards. */
const CHILD_OF: Partial<Record<UnitLevel, (p: WardPlace, wardId: number) => { level: UnitLevel; id: number; code: string; name: string }>> = {
  [UnitLevel.NATION]: (p) => ({ level: UnitLevel.PROVINCE, id: p.provinceId, code: p.provinceCode, name: p.provinceName }),
  [UnitLevel.PROVINCE]: (p) => ({ level: UnitLevel.DISTRICT, id: p.districtId, code: p.districtCode, name: p.districtName }),
  [UnitLevel.DISTRICT]: (p, wardId) => ({ level: UnitLevel.WARD, id: wardId, code: p.code, name: p.name }),
};

function add(into: Sums, f: Readonly<WardFigures>): void {
  for (const k of SUMS) into[k] += f[k];
}

function tile(unit: Unit, s: Sums): UnitTile {
  return Object.assign(new UnitTile(), {
    unit,
    registered: s.registered,
    voted: s.voted,
    percent: percent(s.voted, s.registered),
    areasReported: s.reported,
    areasTotal: s.total,
    readinessDone: s.done,
    readinessRequired: s.total * CHECKLIST_ITEMS.length,
    openIncidents: s.open,
    suspendedAreas: s.suspended,
    areasNotOpened: s.notOpened,
    lateAreas: s.late,
    flaggedAreas: s.flagged,
    openFindings: s.findings,
    overdueTasks: s.overdueTasks,
    overdueComplaints: s.overdueComplaints,
    overdueVisits: s.overdueVisits,
    needingAttention: s.attention,
  });
}

/**
 * The figures of a wall above the polling areas, summed per ward in the database (a province's ~1,300
 * areas, the country's 84,767) and rolled up here into a unit's totals and its tiles, through a map of
 * where each ward lies. The totals feed keeps the wards' figures and reads again only the wards the log
 * moved, so a tick costs one query however many units are followed.
 */
export class UnitTotalsService {
  private places: Promise<Map<number, WardPlace>> | null = null;

  constructor(
    private readonly db: Database,
    private readonly units: UnitService,
    private readonly elections: ElectionService,
  ) {}

  /** Where every ward lies; read once, and again when a ward turns up that it does not hold. */
  geography(refresh = false): Promise<Geography> {
    if (refresh || !this.places) {
      const reading = this.db.live((m) => m.query(GEOGRAPHY_SQL)).then((rows: (WardPlace & { id: number })[]) => new Map(rows.map((r) => [r.id, r])));
      reading.catch(() => {
        if (this.places === reading) this.places = null;
      });
      this.places = reading;
    }
    return this.places;
  }

  /** The figures of these wards (every ward: null), in one query on the live path's connection; a ward with nothing has zeros. */
  async wardFigures(wards: readonly number[] | null): Promise<Map<number, WardFigures>> {
    const now = this.db.clock.now();
    const election = await this.elections.current();
    const late = lateCheckpoint(election, now);
    const opened = now >= election.pollsOpenAt;
    const rows: (WardFigures & { ward: number })[] = await this.db.live((m) =>
      m.query(WARD_FIGURES_SQL(wards !== null), [wards, now, late?.label ?? null, late?.from ?? null, new Date(now.getTime() - VISIT_OVERDUE_MS), opened]),
    );
    const out = new Map<number, WardFigures>(wards?.map((w) => [w, { ...ZERO }]) ?? []);
    for (const { ward, ...f } of rows) out.set(ward, f);
    return out;
  }

  /** Every district's overdue complaints of no ward, on the live path's connection. */
  async districtWide(): Promise<Map<number, number>> {
    const rows: { district: number; n: number }[] = await this.db.live((m) => m.query(DISTRICT_WIDE_SQL, [this.db.clock.now()]));
    return new Map(rows.map((r) => [r.district, r.n]));
  }

  /** The unit's name and code, for its heading. */
  describe(span: UnitSpan): Promise<Unit> {
    return this.units.describe({ level: span.level, id: span.id });
  }

  /**
   * A unit's totals and tiles from its wards' figures (those missing count as zero), and the overdue
   * complaints of no ward of the districts it holds whole: in the unit's total, and in the tile of their
   * district or province (a district's own wall lists them under "Toàn quận", in no ward's tile).
   */
  rollUp(
    unit: Unit,
    span: UnitSpan,
    seq: number,
    figures: ReadonlyMap<number, WardFigures>,
    places: Geography,
    districtWide: DistrictWide = new Map(),
  ): UnitTotals {
    const childOf = CHILD_OF[span.level];
    const whole: Sums = { ...ZERO };
    const children = new Map<number, { unit: Unit; sums: Sums }>();
    const childOfPlace = (place: WardPlace | undefined, w: number) => {
      const c = childOf && place && childOf(place, w);
      if (!c) return null;
      let child = children.get(c.id);
      if (!child) {
        child = { unit: Object.assign(new Unit(), c), sums: { ...ZERO } };
        children.set(c.id, child);
      }
      return child;
    };
    const wards = span.wards ?? figures.keys();
    // A ward of each district, to find its tile by.
    const wardOf = new Map<number, number>();
    for (const w of wards) {
      const f = figures.get(w) ?? ZERO;
      add(whole, f);
      const place = places.get(w);
      if (place) wardOf.set(place.districtId, w);
      const child = childOfPlace(place, w);
      if (child) add(child.sums, f);
    }
    for (const [district, n] of districtWide) {
      if (span.districts ? !span.districts.has(district) : span.wards !== null) continue;
      const wide = { ...ZERO, overdueComplaints: n, attention: n };
      add(whole, wide);
      const w = wardOf.get(district);
      const child = span.level !== UnitLevel.DISTRICT && w !== undefined ? childOfPlace(places.get(w), w) : null;
      if (child) add(child.sums, wide);
    }
    // Only units with polling areas are tiles (a ward's tile map has no empty squares).
    const tiles = [...children.values()]
      .filter((c) => c.sums.total > 0)
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi') || a.unit.id! - b.unit.id!)
      .map((c) => tile(c.unit, c.sums));
    return Object.assign(new UnitTotals(), { unit, seq, at: this.db.clock.now(), total: tile(unit, whole), children: tiles });
  }

  /** One unit's totals now, read whole: for a caller without the feed's cache. */
  async compute(span: UnitSpan, seq: number): Promise<UnitTotals> {
    const [unit, known, figures, wide] = await Promise.all([
      this.describe(span),
      this.geography(),
      this.wardFigures(span.wards ? [...span.wards] : null),
      this.districtWide(),
    ]);
    const places = [...figures.keys()].some((w) => !known.has(w)) ? await this.geography(true) : known;
    return this.rollUp(unit, span, seq, figures, places, wide);
  }
}
