import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { poolUsage } from './db-pool.js';

describeEachDatabase('poolUsage', (get) => {
  it('counts a connection held by a transaction as busy, and callers queued behind a full pool as waiting', async () => {
    const { db } = get();
    const before = poolUsage(db);
    expect(before.max).toBeGreaterThanOrEqual(1);
    expect(before.waiting).toBe(0);

    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    // Hold every connection there is, then ask for one more.
    const holders = Array.from({ length: before.max }, () => db.tx({ id: null, username: null }, () => held));
    await vi.waitFor(() => expect(poolUsage(db)).toMatchObject({ total: before.max, idle: 0 }));
    const waiting = db.read((m) => m.query('SELECT 1'));
    await vi.waitFor(() => expect(poolUsage(db).waiting).toBeGreaterThanOrEqual(1));

    release();
    await Promise.all([...holders, waiting]);
    expect(poolUsage(db)).toMatchObject({ waiting: 0, idle: poolUsage(db).total });
  });
});
