import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { makeWard } from '../../test-support/fixtures.js';
import { VoterList1796189341343 } from './1796189341343-VoterList.js';

describeEachDatabase('migration VoterList', (db) => {
  it("takes each area's registered voters as its list as drawn up: no change was recorded before it", async () => {
    const t = db();
    const w = await makeWard(t, { areas: 2 });
    await t.db.read((m) => m.query('UPDATE polling_areas SET "registeredVoters" = 700 + number WHERE "wardId" = $1', [w.ward.id]));
    const migration = new VoterList1796189341343();
    const runner = t.db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await t.db.read((m) =>
      m.query('SELECT "seededVoters", "transientVoters", "votersRemoved", "relocatedAt" FROM polling_areas WHERE "wardId" = $1 ORDER BY number', [w.ward.id]),
    );
    expect(rows).toEqual([
      { seededVoters: 701, transientVoters: 0, votersRemoved: 0, relocatedAt: null },
      { seededVoters: 702, transientVoters: 0, votersRemoved: 0, relocatedAt: null },
    ]);
  });
});
