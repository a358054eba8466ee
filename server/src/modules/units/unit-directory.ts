import { NATION, type UnitSpan } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { UnitLevel } from './enums.js';

/** A unit named by its level and id (null for the nation): what an account stores. */
export interface UnitRef {
  level: UnitLevel;
  id: number | null;
}

/** How long a unit's wards are kept: the tree is reference data, changed by seeding, not by the day. */
const KEEP_MS = 60_000;

/**
 * The administrative tree as scopes need it: a unit's wards and districts, read once a minute at most
 * per unit (a province's are ~600 ids), and unit codes as the users command takes them.
 */
export class UnitDirectory {
  private readonly spans = new Map<string, { until: number; span: Promise<UnitSpan> }>();
  /** A ward's district: read for every request of a ward officer (its home unit). */
  private readonly districts = new Map<number, { until: number; id: number | null }>();

  constructor(private readonly db: Database) {}

  /** The unit with what lies inside it. */
  span(ref: UnitRef): Promise<UnitSpan> {
    if (ref.level === UnitLevel.NATION || ref.id === null) return Promise.resolve(NATION);
    const key = `${ref.level}:${ref.id}`;
    const now = Date.now();
    const hit = this.spans.get(key);
    if (hit && hit.until > now) return hit.span;
    const span = this.read(ref.level, ref.id);
    this.spans.set(key, { until: now + KEEP_MS, span });
    span.catch(() => this.spans.get(key)?.span === span && this.spans.delete(key));
    return span;
  }

  /** Does the unit hold more than one district (the nation: does the deployment)? */
  async severalDistricts(span: UnitSpan): Promise<boolean> {
    if (span.districts) return span.districts.size > 1;
    const [row]: { n: number }[] = await this.db.read((m) => m.query('SELECT count(*)::int AS n FROM (SELECT 1 FROM districts LIMIT 2) d'));
    return row.n > 1;
  }

  /**
   * Does the unit hold every ward of the deployment? Then its operator is the deployment's: it moves the
   * drill's clock and manages accounts of no unit. (The demo's district is the whole of its database.)
   */
  async holdsEverything(span: UnitSpan): Promise<boolean> {
    const wards = span.wards;
    if (wards === null) return true;
    const [{ n }] = await this.db.read((m) => m.query('SELECT count(*)::int AS n FROM wards WHERE NOT (id = ANY($1::int[]))', [[...wards]]));
    return n === 0;
  }

  /** A ward's district: a ward officer reads its district's totals. */
  async districtOf(wardId: number): Promise<number | null> {
    const now = Date.now();
    const hit = this.districts.get(wardId);
    if (hit && hit.until > now) return hit.id;
    const [row] = await this.db.read((m) => m.query('SELECT "districtId" AS id FROM wards WHERE id = $1', [wardId]));
    if (this.districts.size > 20_000) this.districts.clear();
    this.districts.set(wardId, { until: now + KEEP_MS, id: row?.id ?? null });
    return row?.id ?? null;
  }

  /**
   * A unit from its code: `nation`; a province's (`ha-noi`); a district's with its province's
   * (`ha-noi/hai-ba-trung`); a ward's (`dong-tam`, unique in the country, or the whole path).
   */
  async resolve(code: string): Promise<UnitRef> {
    const parts = code.trim().split('/').filter(Boolean);
    if (parts.length === 1 && ['nation', 'vn'].includes(parts[0].toLowerCase())) return { level: UnitLevel.NATION, id: null };
    const one = async (sql: string, params: unknown[]): Promise<number | null> => {
      const rows: { id: number }[] = await this.db.read((m) => m.query(sql, params));
      return rows.length === 1 ? rows[0].id : null;
    };
    const province = (c: string) => one('SELECT id FROM provinces WHERE code = $1', [c]);
    const district = (p: string, d: string) =>
      one('SELECT d.id FROM districts d JOIN provinces p ON p.id = d."provinceId" WHERE p.code = $1 AND d.code = $2', [p, d]);
    const ward = (c: string) => one('SELECT id FROM wards WHERE code = $1', [c]);
    let found: UnitRef | null = null;
    if (parts.length === 1) {
      const p = await province(parts[0]);
      const w = await ward(parts[0]);
      if (p !== null && w !== null) throw new DomainError('unitAmbiguous', code);
      found = p !== null ? { level: UnitLevel.PROVINCE, id: p } : w !== null ? { level: UnitLevel.WARD, id: w } : null;
    } else if (parts.length === 2) {
      const d = await district(parts[0], parts[1]);
      found = d === null ? null : { level: UnitLevel.DISTRICT, id: d };
    } else if (parts.length === 3) {
      const d = await district(parts[0], parts[1]);
      const w = d === null ? null : await one('SELECT id FROM wards WHERE code = $1 AND "districtId" = $2', [parts[2], d]);
      found = w === null ? null : { level: UnitLevel.WARD, id: w };
    }
    if (!found) throw new DomainError('notFound', `unit ${code}`);
    return found;
  }

  private async read(level: UnitLevel, id: number): Promise<UnitSpan> {
    const ids = async (sql: string): Promise<Set<number>> => new Set((await this.db.read((m) => m.query(sql, [id]))).map((r: { id: number }) => r.id));
    const one = async (sql: string): Promise<{ provinceId: number | null; districtId: number | null }> =>
      (await this.db.read((m) => m.query(sql, [id])))[0] ?? { provinceId: null, districtId: null };
    switch (level) {
      case UnitLevel.PROVINCE:
        return {
          level,
          id,
          wards: await ids('SELECT w.id FROM wards w JOIN districts d ON d.id = w."districtId" WHERE d."provinceId" = $1'),
          districts: await ids('SELECT id FROM districts WHERE "provinceId" = $1'),
          provinceId: id,
          districtId: null,
        };
      case UnitLevel.DISTRICT:
        return {
          level,
          id,
          wards: await ids('SELECT id FROM wards WHERE "districtId" = $1'),
          districts: new Set([id]),
          ...(await one('SELECT "provinceId", id AS "districtId" FROM districts WHERE id = $1')),
        };
      default:
        return {
          level: UnitLevel.WARD,
          id,
          wards: new Set([id]),
          districts: new Set(),
          ...(await one('SELECT d."provinceId", d.id AS "districtId" FROM wards w JOIN districts d ON d.id = w."districtId" WHERE w.id = $1')),
        };
    }
  }
}
