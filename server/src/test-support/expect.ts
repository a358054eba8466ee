import { expect } from 'vitest';
import { Event } from '../log/event.entity.js';
import type { TestDb } from './databases.js';

/** Await a promise that must be refused with this `extensions.code`. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const err = await promise.then(
    () => {
      throw new Error(`expected ${code}, but it succeeded`);
    },
    (e: unknown) => e,
  );
  expect((err as { extensions?: { code?: string } }).extensions?.code, String(err)).toBe(code);
}

/** Highest seq in the log: a refused write must leave it where it was. */
export async function lastSeq(t: TestDb): Promise<number> {
  const [row] = await t.db.read((m) => m.query('SELECT coalesce(max(seq), 0)::int AS seq FROM events'));
  return row.seq;
}

export async function eventsAfter(t: TestDb, seq: number): Promise<Event[]> {
  return t.db.read((m) => m.createQueryBuilder(Event, 'e').where('e.seq > :seq', { seq }).orderBy('e.seq').getMany());
}
