import type { UnitSpan } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { CHECKLIST_ITEMS } from '../readiness/checklist.entity.js';
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

interface Row {
  id: number;
  code: string;
  name: string;
  registered: number;
  voted: number;
  reported: number;
  total: number;
  done: number;
  open: number;
}

const percent = (voted: number, registered: number) => (registered === 0 ? 0 : Math.round((voted / registered) * 10_000) / 100);

/**
 * The figures of a wall above the polling areas: a unit's totals and its units' tiles, in one query
 * that sums the areas by ward first (a province's ~1,300 areas, the country's 84,767) and the wards
 * up to the tiles through the small unit tables.
 */
export class UnitTotalsService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitService,
  ) {}

  async compute(span: UnitSpan, seq: number): Promise<UnitTotals> {
    const unit = await this.units.describe({ level: span.level, id: span.id });
    const child = CHILDREN[span.level];
    const [where, params] = areaScopeFilter(areaScopeOfUnit(span), 1);
    const rows: Row[] = child
      ? await this.db.read((m) =>
          m.query(
            `WITH a AS (
               SELECT pa."wardId", sum(pa."registeredVoters")::int AS registered, sum(pa.voted)::int AS voted,
                      count(pa."latestReportAt")::int AS reported, count(*)::int AS total, coalesce(sum(pa."checklistDone"), 0)::int AS done
                 FROM polling_areas pa WHERE ${where} GROUP BY pa."wardId"),
             i AS (SELECT "wardId", count(*)::int AS open FROM incidents WHERE status <> 'RESOLVED' AND "wardId" IN (SELECT "wardId" FROM a) GROUP BY "wardId")
             SELECT ${child.id} AS id, ${child.code} AS code, ${child.name} AS name,
                    sum(a.registered)::int AS registered, sum(a.voted)::int AS voted, sum(a.reported)::int AS reported,
                    sum(a.total)::int AS total, sum(a.done)::int AS done, coalesce(sum(i.open), 0)::int AS open
               FROM a JOIN wards w ON w.id = a."wardId" JOIN districts d ON d.id = w."districtId" ${child.join}
               LEFT JOIN i ON i."wardId" = a."wardId"
              GROUP BY 1, 2, 3 ORDER BY 3, 1`,
            params,
          ),
        )
      : await this.db.read((m) =>
          m.query(
            `SELECT 0 AS id, '' AS code, '' AS name, coalesce(sum(pa."registeredVoters"), 0)::int AS registered, coalesce(sum(pa.voted), 0)::int AS voted,
                    count(pa."latestReportAt")::int AS reported, count(*)::int AS total, coalesce(sum(pa."checklistDone"), 0)::int AS done,
                    (SELECT count(*)::int FROM incidents WHERE status <> 'RESOLVED' AND "wardId" = $1) AS open
               FROM polling_areas pa WHERE ${where}`,
            params,
          ),
        );
    const tile = (u: Unit, r: Omit<Row, 'id' | 'code' | 'name'>): UnitTile =>
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
      });
    const sum = (k: keyof Omit<Row, 'id' | 'code' | 'name'>) => rows.reduce((n, r) => n + r[k], 0);
    const whole = { registered: sum('registered'), voted: sum('voted'), reported: sum('reported'), total: sum('total'), done: sum('done'), open: sum('open') };
    const children = child ? rows.map((r) => tile(Object.assign(new Unit(), { level: child.level, id: r.id, code: r.code, name: r.name }), r)) : [];
    return Object.assign(new UnitTotals(), { unit, seq, at: this.db.clock.now(), total: tile(unit, whole), children });
  }
}
