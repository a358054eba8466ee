import { In } from 'typeorm';
import { requireViewer, type Viewer } from '../../auth/viewer.js';
import { inOrder } from '../../batch.js';
import { mayRead, readFilter } from '../../scope/scope.js';
import type { Database } from '../../db/database.js';
import { parseId } from '../../validation.js';
import { UnitLevel } from './enums.js';
import type { UnitRef } from './unit-directory.js';
import { Unit } from './unit.types.js';
import { District, Province, Ward } from './units.entity.js';

export class UnitService {
  constructor(private readonly db: Database) {}

  /** Every ward (totals are district-wide knowledge); a ward-scoped observer gets only its wards. */
  async wards(viewer: Viewer): Promise<Ward[]> {
    const v = requireViewer(viewer);
    const scope = readFilter(v, 'ward', 'w');
    return this.db.read((m) => m.createQueryBuilder(Ward, 'w').where(scope.sql, scope.params).orderBy('w.id', 'ASC').getMany());
  }

  async ward(viewer: Viewer, id: string): Promise<Ward | null> {
    const v = requireViewer(viewer);
    const wardId = parseId(id);
    if (!mayRead(v, 'ward', { id: wardId })) return null;
    return this.wardById(wardId);
  }

  wardById(id: number): Promise<Ward | null> {
    return this.db.read((m) => m.findOneBy(Ward, { id }));
  }

  /** Wards by id in one query, in the order asked: for a list's `ward` field. */
  async wardsByIds(ids: readonly number[]): Promise<(Ward | null)[]> {
    return inOrder(ids, await this.db.read((m) => m.findBy(Ward, { id: In([...ids]) })));
  }

  /** A district, if the viewer may see it (inside its unit, or the district its unit lies in). */
  async readableDistrict(viewer: Viewer, id: number): Promise<District | null> {
    const district = await this.district(id);
    return district && mayRead(viewer, 'district', district) ? district : null;
  }

  district(id: number): Promise<District | null> {
    return this.db.read((m) => m.findOneBy(District, { id }));
  }

  province(id: number): Promise<Province | null> {
    return this.db.read((m) => m.findOneBy(Province, { id }));
  }

  provinces(): Promise<Province[]> {
    return this.db.read((m) => m.find(Province, { order: { id: 'ASC' } }));
  }

  districtsOf(provinceId: number): Promise<District[]> {
    return this.db.read((m) => m.find(District, { where: { provinceId }, order: { id: 'ASC' } }));
  }

  wardsOf(districtId: number): Promise<Ward[]> {
    return this.db.read((m) => m.find(Ward, { where: { districtId }, order: { id: 'ASC' } }));
  }

  /** A unit's code and name, for `User.unit`. */
  async describe(ref: UnitRef): Promise<Unit> {
    const unit = (code: string, name: string) => Object.assign(new Unit(), { level: ref.level, id: ref.id, code, name });
    if (ref.level === UnitLevel.NATION || ref.id === null) return unit('nation', 'Toàn quốc');
    const sql = {
      [UnitLevel.PROVINCE]: 'SELECT code, name FROM provinces WHERE id = $1',
      [UnitLevel.DISTRICT]: `SELECT p.code || '/' || d.code AS code, d.name FROM districts d JOIN provinces p ON p.id = d."provinceId" WHERE d.id = $1`,
      [UnitLevel.WARD]: 'SELECT code, name FROM wards WHERE id = $1',
    }[ref.level];
    const [row] = await this.db.read((m) => m.query(sql, [ref.id]));
    return unit(row?.code ?? '?', row?.name ?? '?');
  }

  async registeredVoters(wardId: number): Promise<number> {
    const [row] = await this.db.read((m) => m.query('SELECT coalesce(sum("registeredVoters"), 0)::int AS n FROM polling_areas WHERE "wardId" = $1', [wardId]));
    return row.n;
  }
}
