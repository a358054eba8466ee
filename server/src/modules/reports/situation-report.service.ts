import type { EntityManager } from 'typeorm';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { EventType } from '../../log/event.entity.js';
import { assertMayRead, readFilter, readsNone } from '../../scope/scope.js';
import { LIMITS, optionalText, parseId } from '../../validation.js';
import type { ElectionService } from '../election/election.service.js';
import { UnitLevel } from '../units/enums.js';
import { Role, User } from '../users/user.entity.js';
import { loadDay, momentsOf, type Day, type ReportMoment } from './report-day.js';
import { districtSlices, figuresOf, provinceSlices, wardSlices } from './report-figures.js';
import type { SituationFigures } from './report-figures.types.js';
import { maySendReport, REPORT_LIFECYCLE } from './report-rules.js';
import { SituationReport, SituationReportStatus as S, type ReportHeading } from './situation-report.entity.js';

const SYSTEM = { id: null, username: null };

/** The regime is the day's: a server started long after it (a benchmark on real time) compiles nothing. */
const COMPILE_UNTIL_MS = 24 * 3600_000;

/** One row per checkpoint and scope, whoever else inserts it first: the unique index decides, never a read. */
const INSERT_SQL = `
  INSERT INTO situation_reports (checkpoint, "checkpointAt", "wardId", "districtId", "provinceId", "scopeKey", "compiledAt", seq, status, figures)
  SELECT $1, $2, u.ward, u.district, u.province, u.key, $3, $4, $5, f.figures
    FROM unnest($6::int[], $9::int[], $10::int[], $7::text[]) WITH ORDINALITY AS u(ward, district, province, key, i)
    JOIN jsonb_array_elements($8::jsonb) WITH ORDINALITY AS f(figures, i) USING (i)
  ON CONFLICT (checkpoint, "scopeKey") DO NOTHING
  RETURNING id, checkpoint, "checkpointAt", "wardId", "districtId", "provinceId", "scopeKey", "compiledAt", seq, status, note, "sentAt", "sentById", "sentBy"`;

/**
 * Every scope a checkpoint has a report for: each ward, each district, then above the district only
 * where a report adds something. A province's report is compiled only when the province holds more
 * than one district with polling areas, and the nation's only when more than one province holds
 * polling areas: in a single-district deployment (the Hai Bà Trưng demo) either would repeat the
 * district's figures. The one list `compileDue` counts and `compile` fills.
 */
const SCOPES_SQL = `
  WITH held AS (
    SELECT d.id, d."provinceId" FROM districts d
     WHERE EXISTS (SELECT 1 FROM wards w JOIN polling_areas pa ON pa."wardId" = w.id WHERE w."districtId" = d.id))
  SELECT w.id AS "wardId", w."districtId", d."provinceId", 'ward:' || w.id AS key, 'WARD' AS level
    FROM wards w JOIN districts d ON d.id = w."districtId"
  UNION ALL SELECT NULL::int, id, "provinceId", 'district:' || id, 'DISTRICT' FROM districts
  UNION ALL SELECT NULL::int, NULL::int, "provinceId", 'province:' || "provinceId", 'PROVINCE' FROM held GROUP BY "provinceId" HAVING count(*) > 1
  UNION ALL SELECT NULL::int, NULL::int, NULL::int, 'nation', 'NATION' WHERE (SELECT count(DISTINCT "provinceId") FROM held) > 1`;

/** A report's level by its scope key (situation-report.entity.ts `scopeKeyOf`). */
const SCOPE_KEY_OF_LEVEL: Record<UnitLevel, string> = {
  [UnitLevel.WARD]: `r."scopeKey" LIKE 'ward:%'`,
  [UnitLevel.DISTRICT]: `r."scopeKey" LIKE 'district:%'`,
  [UnitLevel.PROVINCE]: `r."scopeKey" LIKE 'province:%'`,
  [UnitLevel.NATION]: `r."scopeKey" = 'nation'`,
};

/** Situation reports (SPEC 8.2): compiled by the leader at each checkpoint, read in scope, sent once. */
export class SituationReportService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
  ) {}

  /** The leader's job: every checkpoint whose instant has passed gets the reports it is missing. */
  async compileDue(): Promise<SituationReport[]> {
    const election = await this.elections.current();
    const now = this.db.clock.now().getTime();
    const moments = momentsOf(election);
    if (now > moments[moments.length - 1].at.getTime() + COMPILE_UNTIL_MS) return [];
    const passed = moments.filter((m) => m.at.getTime() <= now);
    if (passed.length === 0) return [];
    // One cheap count per tick: a checkpoint is compiled while it has fewer reports than scopes.
    const rows: { label: string }[] = await this.db.read((m) =>
      m.query(
        `SELECT c.label FROM unnest($1::text[]) AS c(label)
          WHERE (SELECT count(*) FROM situation_reports r WHERE r.checkpoint = c.label) < (SELECT count(*) FROM (${SCOPES_SQL}) s)`,
        [passed.map((m) => m.checkpoint)],
      ),
    );
    const incomplete = new Set(rows.map((r) => r.label));
    const compiled: SituationReport[] = [];
    for (const moment of passed.filter((m) => incomplete.has(m.checkpoint))) compiled.push(...(await this.compile(moment)));
    return compiled;
  }

  /**
   * Compile every scope's report for one moment (each ward's and district's, and the provinces' and
   * the nation's where SCOPES_SQL has them), those not there yet, in one
   * transaction that emits one SITUATION_REPORT_COMPILED per row it inserted. Two replicas racing both
   * compute; the second's INSERT waits on the first's rows and skips them (ON CONFLICT DO NOTHING), so it
   * announces nothing twice.
   */
  compile(moment: ReportMoment): Promise<SituationReport[]> {
    return this.db.tx(SYSTEM, async (tx) => {
      const missing = await missingScopes(tx.manager, moment.checkpoint);
      if (missing.length === 0) return [];
      const day = await loadDay(tx.manager, moment);
      // Each district's day, and each ward's cut from its district's (so it carries the district's name).
      const districts = districtSlices(day);
      const wards = new Map([...districts.values()].flatMap((d) => [...wardSlices(d)]));
      const provinces = missing.some((s) => s.level === UnitLevel.PROVINCE) ? provinceSlices(day) : new Map<number, Day>();
      const figures = (s: Scope): SituationFigures => {
        switch (s.level) {
          case UnitLevel.WARD:
            return figuresOf(wards.get(s.wardId!)!, s.wardId);
          case UnitLevel.DISTRICT:
            return figuresOf(districts.get(s.districtId!)!, null);
          case UnitLevel.PROVINCE:
            return figuresOf(provinces.get(s.provinceId!)!, null, UnitLevel.PROVINCE);
          case UnitLevel.NATION:
            return figuresOf(day, null, UnitLevel.NATION);
        }
      };
      // The figures are sent once and not read back (the nation's 11,383 reports are some 80 MB of JSON).
      const compiled = new Map(missing.map((s) => [s.key, figures(s)]));
      const [{ seq }] = await tx.manager.query('SELECT coalesce(max(seq), 0)::int AS seq FROM events');
      const rows: Record<string, unknown>[] = await tx.manager.query(INSERT_SQL, [
        moment.checkpoint,
        moment.at,
        tx.now,
        seq,
        S.DRAFT,
        missing.map((s) => s.wardId),
        missing.map((s) => s.key),
        // One JSON array, not an array of JSON texts: the driver would quote each of them again.
        JSON.stringify(missing.map((s) => compiled.get(s.key))),
        missing.map((s) => s.districtId),
        missing.map((s) => s.provinceId),
      ]);
      const reports = rows.map((row) => Object.assign(toReport(row), { figures: compiled.get(String(row.scopeKey))! }));
      for (const r of reports) tx.emit({ type: EventType.SITUATION_REPORT_COMPILED, ...placeOf(r), data: { situationReport: headingOf(r) } });
      return reports;
    });
  }

  /** The figures of these reports, in the order asked (for an event's report, which carries none). */
  async figuresByIds(ids: readonly number[]): Promise<(SituationFigures | null)[]> {
    const rows: { id: number; figures: SituationFigures }[] = await this.db.read((m) =>
      m.query('SELECT id, figures FROM situation_reports WHERE id = ANY($1::int[])', [ids]),
    );
    const byId = new Map(rows.map((r) => [r.id, r.figures]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Reports the viewer may read, by checkpoint, then the widest unit first (nation, provinces, districts), then ward. */
  async list(viewer: Viewer, checkpoint?: string | null, wardId?: string | null, levels?: readonly UnitLevel[] | null): Promise<SituationReport[]> {
    const v = requireViewer(viewer);
    if (readsNone(v, 'situationReport')) throw new DomainError('forbidden');
    if (checkpoint != null) await this.assertCheckpoint(checkpoint);
    const ward = wardId == null ? null : parseId(wardId);
    if (ward !== null) assertMayRead(v, 'situationReport', { wardId: ward });
    const scope = readFilter(v, 'situationReport', 'r');
    const qb = this.db.dataSource
      .getRepository(SituationReport)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params)
      .orderBy('r.checkpointAt', 'ASC')
      .addOrderBy('r.wardId', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.districtId', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.provinceId', 'ASC', 'NULLS FIRST');
    if (checkpoint != null) qb.andWhere('r.checkpoint = :checkpoint', { checkpoint });
    if (ward !== null) qb.andWhere('r.wardId = :ward', { ward });
    if (levels != null) {
      if (levels.length === 0) return [];
      qb.andWhere(`(${levels.map((l) => SCOPE_KEY_OF_LEVEL[l]).join(' OR ')})`);
    }
    return this.db.read(() => qb.getMany());
  }

  /** One report, if the viewer may read it (NOT_FOUND for a malformed or unknown id, FORBIDDEN out of scope). */
  async get(viewer: Viewer, id: string): Promise<SituationReport | null> {
    const v = requireViewer(viewer);
    const report = await this.db.read((m) => m.findOneBy(SituationReport, { id: parseId(id) }));
    if (report) assertMayRead(v, 'situationReport', report);
    return report;
  }

  /** Send a draft to the committee, with a note: the operator, or a ward's own officer for the ward's report. Once. */
  async send(viewer: Viewer, id: string, note?: string | null): Promise<SituationReport> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const text = optionalText(note, LIMITS.text);
    return this.db.tx(viewer, async (tx) => {
      const report = await tx.manager.findOne(SituationReport, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new DomainError('notFound', `situation report ${id}`);
      if (!maySendReport(viewer, report)) throw new DomainError('forbidden');
      if (!REPORT_LIFECYCLE.can(report.status, S.SENT)) throw new DomainError('reportAlreadySent', report.sentAt?.toISOString());
      const sentBy = (await tx.manager.findOneByOrFail(User, { id: viewer.id })).displayName;
      const change = { status: S.SENT, note: text, sentAt: tx.now, sentById: viewer.id, sentBy };
      await tx.manager.update(SituationReport, report.id, change);
      Object.assign(report, change);
      tx.emit({ type: EventType.SITUATION_REPORT_SENT, ...placeOf(report), data: { situationReport: headingOf(report) } });
      return report;
    });
  }

  private async assertCheckpoint(label: string): Promise<void> {
    const labels = momentsOf(await this.elections.current()).map((m) => m.checkpoint);
    if (!labels.includes(label)) throw new DomainError('unknownCheckpoint', `${label.slice(0, 20)} ∉ ${labels.join(', ')}`);
  }
}

/** What a report covers: a ward, a district (wardId null), a province (districtId null too) or the nation (all three null). */
interface Scope {
  wardId: number | null;
  districtId: number | null;
  provinceId: number | null;
  key: string;
  level: UnitLevel;
}

/** The scopes with no report for the checkpoint yet: the nation's, the provinces', every district's, then every ward's. */
function missingScopes(m: EntityManager, checkpoint: string): Promise<Scope[]> {
  return m.query(
    `SELECT s."wardId", s."districtId", s."provinceId", s.key, s.level FROM (${SCOPES_SQL}) s
      WHERE NOT EXISTS (SELECT 1 FROM situation_reports r WHERE r.checkpoint = $1 AND r."scopeKey" = s.key)
      ORDER BY s."wardId" NULLS FIRST, s."districtId" NULLS FIRST, s."provinceId" NULLS FIRST`,
    [checkpoint],
  );
}

/** Where a report's events are placed: by its ward, else its district, else its province (none: the nation's). */
/**
 * A report without its figures, as its events carry it: every screen that follows the unit is sent
 * the event, and the figures (6-21 kB each) are read by id when someone asks for them (`figuresByIds`).
 */
export function headingOf(r: SituationReport): ReportHeading {
  const { figures: _figures, ...heading } = r;
  return heading;
}

const placeOf = (r: SituationReport) => ({ wardId: r.wardId, districtId: r.districtId, provinceId: r.provinceId });

/** A row as RETURNING gives it, as the entity. */
function toReport(row: Record<string, unknown>): SituationReport {
  const at = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
  return Object.assign(new SituationReport(), row, {
    checkpointAt: at(row.checkpointAt),
    compiledAt: at(row.compiledAt),
    sentAt: at(row.sentAt),
    figures: typeof row.figures === 'string' ? JSON.parse(row.figures) : row.figures,
  });
}
