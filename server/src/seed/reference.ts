import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { Agency, AgencyCode } from '../modules/agencies/agency.entity.js';
import { Election } from '../modules/election/election.entity.js';
import { localInstant } from '../modules/election/election-time.js';
import { AGENCIES, CHECKPOINT_TIMES, ELECTION_NAME } from './hai-ba-trung.js';

const SYSTEM = { id: null, username: null };

/** Data every database needs whatever its seed: the five agencies and the election of the day. */
export async function ensureReference(db: Database, config: Pick<Config, 'electionDate'>): Promise<void> {
  await db.tx(SYSTEM, async ({ manager }) => {
    for (const a of AGENCIES) {
      await manager.query('INSERT INTO agencies (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING', [a.code, a.name]);
    }
    if ((await manager.count(Election)) === 0) {
      await manager.save(
        manager.create(Election, {
          name: ELECTION_NAME,
          date: config.electionDate,
          pollsOpenAt: localInstant(config.electionDate, '07:00'),
          pollsCloseAt: localInstant(config.electionDate, '19:00'),
          checkpointTimes: CHECKPOINT_TIMES,
          lateGraceMinutes: 15,
          finalAfterMinutes: 30,
        }),
      );
    }
  });
}

export type { Agency, AgencyCode };
