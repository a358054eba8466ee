import { In, type EntityManager } from 'typeorm';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { LIMITS, optionalText } from '../../validation.js';
import { ElectionService } from '../election/election.service.js';
import { withClientRequest } from '../requests/client-requests.js';
import { EventType } from '../../log/event.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { PollingAreaService } from '../polling-areas/polling-area.service.js';
import { areaScopeFilter, type AreaScope } from '../units/area-scope.js';
import type { SummaryCache } from '../units/summary-cache.js';
import { Role } from '../users/user.entity.js';
import { CHECKLIST_ITEMS, ChecklistEntry, ChecklistItem } from './checklist.entity.js';
import { Readiness } from './readiness.types.js';

/** Which areas a readiness sum covers. */
export type ReadinessScope = AreaScope;

export class ReadinessService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
    private readonly areas: PollingAreaService,
    private readonly summaries: SummaryCache,
  ) {}

  /** Every checklist item of an area, in the checklist's order (missing rows count as not done). */
  async checklist(pollingAreaId: number): Promise<ChecklistEntry[]> {
    const [list] = await this.checklists([pollingAreaId]);
    return list;
  }

  /** The checklists of several areas in one query, in the order asked (every item, done or not). */
  async checklists(pollingAreaIds: readonly number[]): Promise<ChecklistEntry[][]> {
    const rows = await this.db.read((m) => m.findBy(ChecklistEntry, { pollingAreaId: In([...pollingAreaIds]) }));
    const byArea = new Map<number, Map<string, ChecklistEntry>>();
    for (const r of rows) {
      let items = byArea.get(r.pollingAreaId);
      if (!items) byArea.set(r.pollingAreaId, (items = new Map()));
      items.set(r.item, r);
    }
    return pollingAreaIds.map((pollingAreaId) =>
      CHECKLIST_ITEMS.map(
        (item) =>
          byArea.get(pollingAreaId)?.get(item) ?? Object.assign(new ChecklistEntry(), { pollingAreaId, item, done: false, note: null, updatedAt: null }),
      ),
    );
  }

  /** Tick or untick one item; the area's count of items done changes in the same transaction. */
  async setItem(
    viewer: Viewer,
    pollingAreaId: string,
    item: ChecklistItem,
    done: boolean,
    note?: string | null,
    clientRequestId?: string | null,
  ): Promise<PollingArea> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        clientRequestId,
        'setChecklistItem',
        (id) => tx.manager.findOneByOrFail(PollingArea, { id }),
        async () => {
          const area = await this.areas.lockForWrite(tx, viewer, pollingAreaId);
          area.checklistDone = await writeItem(tx.manager, {
            pollingAreaId: area.id,
            item,
            done,
            note: optionalText(note, LIMITS.reason),
            updatedAt: tx.now,
            updatedById: viewer.id,
          });
          tx.emit({ type: EventType.CHECKLIST_ITEM_SET, wardId: area.wardId, data: { pollingArea: { ...area }, checklistItem: item, checklistDone: done } });
          return area;
        },
      ),
    );
  }

  async summary(scope: ReadinessScope): Promise<Readiness> {
    const election = await this.elections.current();
    const row = await this.summaries.get('readiness', scope, () => this.db.read((m) => sumReadiness(m, scope)));
    const now = this.db.clock.now();
    return {
      ...row,
      percent: row.required === 0 ? 0 : Math.round((row.done / row.required) * 1000) / 10,
      opensAt: election.pollsOpenAt,
      secondsToOpening: Math.max(0, Math.round((election.pollsOpenAt.getTime() - now.getTime()) / 1000)),
    };
  }
}

/**
 * Upsert one entry and recount the area's items done, in one round trip. The count is taken afresh
 * (the other items as they stand, plus this one), not adjusted, so it cannot drift; the caller holds
 * the area's row lock, which every checklist change takes first.
 */
async function writeItem(m: EntityManager, e: ChecklistEntry): Promise<number> {
  const [row] = await m.query(
    `WITH entry AS (
       INSERT INTO checklist_entries ("pollingAreaId", item, done, note, "updatedAt", "updatedById") VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ("pollingAreaId", item)
       DO UPDATE SET done = EXCLUDED.done, note = EXCLUDED.note, "updatedAt" = EXCLUDED."updatedAt", "updatedById" = EXCLUDED."updatedById"
     ), area AS (
       UPDATE polling_areas pa
          SET "checklistDone" = $3::boolean::int
                + (SELECT count(*) FROM checklist_entries c WHERE c."pollingAreaId" = pa.id AND c.done AND c.item <> $2)::int
        WHERE pa.id = $1
        RETURNING pa."checklistDone"
     )
     SELECT "checklistDone" FROM area`,
    [e.pollingAreaId, e.item, e.done, e.note, e.updatedAt, e.updatedById],
  );
  return row.checklistDone;
}

/** Sums of the per-area counts: one pass over the scope's polling areas, never over checklist rows. */
async function sumReadiness(m: EntityManager, scope: ReadinessScope) {
  const [where, params] = areaScopeFilter(scope, 2);
  const [row] = await m.query(
    `SELECT count(*)::int AS "areasTotal", coalesce(sum(pa."checklistDone"), 0)::int AS done,
            count(*) FILTER (WHERE pa."checklistDone" >= $1)::int AS "areasComplete"
       FROM polling_areas pa
      WHERE ${where}`,
    [CHECKLIST_ITEMS.length, ...params],
  );
  const { areasTotal, done, areasComplete } = row as { areasTotal: number; done: number; areasComplete: number };
  return { areasTotal, done, areasComplete, required: areasTotal * CHECKLIST_ITEMS.length };
}
