import type { EntityManager } from 'typeorm';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { LIMITS, optionalText } from '../../validation.js';
import { ElectionService } from '../election/election.service.js';
import { EventType } from '../events/event.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { PollingAreaService } from '../polling-areas/polling-area.service.js';
import { Role } from '../users/user.entity.js';
import { CHECKLIST_ITEMS, ChecklistEntry, ChecklistItem } from './checklist.entity.js';
import { Readiness } from './readiness.types.js';

/** Which areas a readiness sum covers. */
export type ReadinessScope = { pollingAreaId: number } | { wardId: number } | { districtId: number } | { provinceId: number } | 'all';

export class ReadinessService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
    private readonly areas: PollingAreaService,
  ) {}

  /** Every checklist item of an area, in the checklist's order (missing rows count as not done). */
  async checklist(pollingAreaId: number): Promise<ChecklistEntry[]> {
    const rows = await this.db.read((m) => m.findBy(ChecklistEntry, { pollingAreaId }));
    const byItem = new Map(rows.map((r) => [r.item, r]));
    return CHECKLIST_ITEMS.map(
      (item) => byItem.get(item) ?? Object.assign(new ChecklistEntry(), { pollingAreaId, item, done: false, note: null, updatedAt: null }),
    );
  }

  async setItem(viewer: Viewer, pollingAreaId: string, item: ChecklistItem, done: boolean, note?: string | null): Promise<PollingArea> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    return this.db.tx(viewer, async (tx) => {
      const area = await this.areas.lockForWrite(tx, viewer, pollingAreaId);
      const entry = Object.assign(new ChecklistEntry(), {
        pollingAreaId: area.id, item, done, note: optionalText(note, LIMITS.reason), updatedAt: tx.now, updatedById: viewer.id,
      });
      await tx.manager.save(entry);
      tx.emit({ type: EventType.CHECKLIST_ITEM_SET, wardId: area.wardId, data: { pollingArea: { ...area }, checklistItem: item, checklistDone: done } });
      return area;
    });
  }

  async summary(scope: ReadinessScope): Promise<Readiness> {
    const election = await this.elections.current();
    const row = await this.db.read((m) => sumReadiness(m, scope));
    const now = this.db.clock.now();
    return {
      ...row,
      percent: row.required === 0 ? 0 : Math.round((row.done / row.required) * 1000) / 10,
      opensAt: election.pollsOpenAt,
      secondsToOpening: Math.max(0, Math.round((election.pollsOpenAt.getTime() - now.getTime()) / 1000)),
    };
  }
}

async function sumReadiness(m: EntityManager, scope: ReadinessScope) {
  const [where, params] = scopeFilter(scope);
  const [row] = await m.query(
    `SELECT count(*)::int AS "areasTotal",
            coalesce(sum(d.done), 0)::int AS done,
            (count(*) * $1::int)::int AS required,
            count(*) FILTER (WHERE d.done >= $1::int)::int AS "areasComplete"
       FROM polling_areas pa
       JOIN wards w ON w.id = pa."wardId"
       JOIN districts di ON di.id = w."districtId"
       LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE c.done) AS done FROM checklist_entries c WHERE c."pollingAreaId" = pa.id) d ON true
      WHERE ${where}`,
    [CHECKLIST_ITEMS.length, ...params],
  );
  return row as { areasTotal: number; done: number; required: number; areasComplete: number };
}

function scopeFilter(scope: ReadinessScope): [string, unknown[]] {
  if (scope === 'all') return ['true', []];
  if ('pollingAreaId' in scope) return ['pa.id = $2', [scope.pollingAreaId]];
  if ('wardId' in scope) return ['pa."wardId" = $2', [scope.wardId]];
  if ('districtId' in scope) return ['w."districtId" = $2', [scope.districtId]];
  return ['di."provinceId" = $2', [scope.provinceId]];
}
