import type { EntityManager } from 'typeorm';
import { Event } from './event.entity.js';
import type { NewEvent } from './topics.js';

/**
 * Insert the events, in one statement. No log-wide lock: transactions commit (and flush) concurrently,
 * and readers stop at the watermark (watermark.ts) so out-of-order commits are never seen out of order.
 * No NOTIFY either: a notifying transaction takes an instance-wide lock at commit, which capped
 * notifying writers near 500-600/s; each replica announces its commits itself (realtime/wakeup.ts).
 */
const APPEND_SQL = `
  WITH ins AS (
    INSERT INTO events (type, at, "actorId", actor, "wardId", "wardIds", "districtId", "provinceId", agencies, data)
    SELECT u.type, $1::timestamptz, $2::int, $3::text, u.ward, ARRAY(SELECT jsonb_array_elements_text(u.wards)::int), u.district, u.province,
           ARRAY(SELECT jsonb_array_elements_text(u.ag)), u.data
      FROM unnest($4::text[], $5::int[], $6::jsonb[], $9::int[], $10::int[], $7::jsonb[], $8::jsonb[])
           WITH ORDINALITY AS u(type, ward, wards, district, province, ag, data, ord)
     ORDER BY u.ord
    RETURNING seq, type, at, "actorId", actor, "wardId", "wardIds", "districtId", "provinceId", agencies, data)
  SELECT * FROM ins ORDER BY seq`;

/**
 * The one writer of the event log. Called last in a transaction, after every change it describes, so
 * a transaction that changes a record another one changed (and so waited for its commit) draws the
 * higher seq.
 */
export async function appendEvents(
  manager: EntityManager,
  events: NewEvent[],
  meta: { at: Date; actorId: number | null; actor: string | null },
): Promise<Event[]> {
  if (events.length === 0) return [];
  const rows: Event[] = await manager.query(APPEND_SQL, [
    meta.at,
    meta.actorId,
    meta.actor,
    events.map((e) => e.type),
    events.map((e) => e.wardId),
    events.map((e) => JSON.stringify(e.wardIds && e.wardIds.length > 1 ? e.wardIds : [])),
    events.map((e) => JSON.stringify(e.agencies ?? [])),
    events.map((e) => JSON.stringify(toJson(e.data))),
    events.map((e) => (e.wardId === null ? (e.districtId ?? null) : null)),
    // Only the narrowest place is kept: a district's event is placed by its district, not its province.
    events.map((e) => (e.wardId === null && e.districtId == null ? (e.provinceId ?? null) : null)),
  ]);
  return rows.map((row) => Object.assign(new Event(), { ...row, at: new Date(row.at) }));
}

/** Plain JSON copy of entity snapshots, without TypeORM relation objects. */
function toJson(data: NewEvent['data']): unknown {
  return JSON.parse(JSON.stringify(data, (key, value) => (key.endsWith('Ref') ? undefined : value)));
}
