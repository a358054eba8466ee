import type pg from 'pg';
import type { Database } from '../db/database.js';

/** A database's connections: open, idle, the most it may open, and callers waiting for one. */
export interface PoolUsage {
  total: number;
  idle: number;
  max: number;
  waiting: number;
}

/**
 * The pool as it is now. On PostgreSQL, TypeORM's pg pool (`driver.master`); the embedded database is
 * one session that every transaction and read takes in turn, so its "pool" is that session and the
 * callers queued for it.
 */
export function poolUsage(db: Pick<Database, 'dataSource' | 'session'>, dataSource = db.dataSource): PoolUsage {
  const session = db.session;
  if (session) return { total: 1, idle: session.busy ? 0 : 1, max: 1, waiting: session.waiting };
  const pool = (dataSource.driver as { master?: pg.Pool }).master;
  if (!pool) return { total: 0, idle: 0, max: 0, waiting: 0 }; // not connected (yet, or any more)
  return { total: pool.totalCount, idle: pool.idleCount, max: pool.options.max ?? 10, waiting: pool.waitingCount };
}
