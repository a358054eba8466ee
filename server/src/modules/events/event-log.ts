import type { EntityManager } from 'typeorm';
import { Event, type EventData, EventType } from './event.entity.js';

/** An event as a service states it; seq is given when it is written. */
export interface NewEvent {
  type: EventType;
  wardId: number | null;
  agencies?: string[];
  data: EventData;
}

/** Arbitrary constant naming the log's append lock. */
const APPEND_LOCK = 4_207_221;
export const EVENTS_CHANNEL = 'election_ops_events';

/**
 * The one writer of the event log. Called last in a transaction: the transaction-scoped advisory lock
 * is held until commit, so seq values are handed out in commit order and a reader that has seen seq n
 * can never later find a committed n-1.
 */
export async function appendEvents(
  manager: EntityManager,
  events: NewEvent[],
  meta: { at: Date; actorId: number | null; actor: string | null },
): Promise<Event[]> {
  if (events.length === 0) return [];
  await manager.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  const rows = events.map((e) =>
    manager.create(Event, {
      type: e.type,
      at: meta.at,
      actorId: meta.actorId,
      actor: meta.actor,
      wardId: e.wardId,
      agencies: e.agencies ?? [],
      data: toJson(e.data),
    }),
  );
  const saved = await manager.save(Event, rows);
  // Wakes other replicas (delivered at commit, dropped on rollback); it carries no data on purpose.
  await manager.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, String(saved[saved.length - 1].seq)]);
  return saved;
}

/** Plain JSON copy of entity snapshots, without TypeORM relation objects. */
function toJson(data: EventData): EventData {
  return JSON.parse(JSON.stringify(data, (key, value) => (key.endsWith('Ref') ? undefined : value)));
}
