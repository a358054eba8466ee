import { expect, it } from 'vitest';
import { ChecklistItem } from '../../modules/readiness/checklist.entity.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { makeWard } from '../../test-support/fixtures.js';
import { ChecklistDone1795650258280 } from './1795650258280-ChecklistDone.js';

describeEachDatabase('migration ChecklistDone', (db) => {
  it("back-fills each area's count of items done from the checklist rows already there", async () => {
    const t = db();
    const w = await makeWard(t, { areas: 3 });
    const [a, b, c] = w.areas;
    // Rows as they stood before the column existed: written without it.
    await t.db.read((m) =>
      m.query('UPDATE checklist_entries SET done = true WHERE ("pollingAreaId" = $1 AND item = ANY($2)) OR "pollingAreaId" = $3', [
        a.id,
        [ChecklistItem.BALLOTS, ChecklistItem.SEAL_TAPE, ChecklistItem.BALLOT_BOX],
        b.id,
      ]),
    );
    await t.db.read((m) => m.query('DELETE FROM checklist_entries WHERE "pollingAreaId" = $1', [c.id]));
    const migration = new ChecklistDone1795650258280();
    const runner = t.db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await t.db.read((m) => m.query('SELECT "checklistDone" FROM polling_areas WHERE "wardId" = $1 ORDER BY number', [w.ward.id]));
    expect(rows.map((r: { checklistDone: number }) => r.checklistDone)).toEqual([3, 16, 0]);
  });
});
