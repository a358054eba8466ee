import { expect, it } from 'vitest';
import { Clock } from '../../clock/clock.js';
import { Database } from '../../db/database.js';
import { describeEachDatabase, ELECTION_DATE } from '../../test-support/databases.js';
import { expectCode } from '../../test-support/expect.js';
import { makeUser } from '../../test-support/fixtures.js';
import { ElectionService } from '../election/election.service.js';
import { Role } from '../users/user.entity.js';
import { DrillService } from './drill.service.js';

const FIVE_AM = Date.parse(`${ELECTION_DATE}T05:00:00+07:00`);

describeEachDatabase('drill clock', (db) => {
  it('starts at 05:00 of the election day at its speed, is followed by another replica, and stops', async () => {
    const t = db();
    const operator = await makeUser(t, Role.DISTRICT_OPERATOR);
    const base = t.clock.now().getTime();
    const info = await t.services.drill.start(operator, 600, 7);
    expect(info).toMatchObject({ active: true, speed: 600, seed: 7 });
    expect(info.clockStartsAt!.getTime()).toBe(FIVE_AM);
    const now = t.clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(FIVE_AM);
    expect(now).toBeLessThan(FIVE_AM + 60 * 60_000);

    // A second replica: its own clock on the same database follows the row once it re-reads it.
    const replicaClock = new Clock();
    const replica = new DrillService(new Database(t.db.dataSource, replicaClock, t.db.embedded), new ElectionService(t.db), t.services.directory);
    await replica.refresh();
    expect(replica.info().active).toBe(true);
    expect(Math.abs(replicaClock.now().getTime() - t.clock.now().getTime())).toBeLessThan(60_000);

    await t.services.drill.stop(operator);
    expect(t.services.drill.info().active).toBe(false);
    expect(Math.abs(t.clock.now().getTime() - base)).toBeLessThan(60_000);
    await replica.refresh();
    expect(Math.abs(replicaClock.now().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('is for the operator only, at a sane speed', async () => {
    const t = db();
    const observer = await makeUser(t, Role.OBSERVER);
    const operator = await makeUser(t, Role.DISTRICT_OPERATOR);
    await expectCode(t.services.drill.start(observer, 60, null), 'FORBIDDEN');
    await expectCode(t.services.drill.stop(observer), 'FORBIDDEN');
    await expectCode(t.services.drill.start(operator, 0, null), 'BAD_USER_INPUT');
    await expectCode(t.services.drill.start(operator, 1e6, null), 'BAD_USER_INPUT');
    expect(t.services.drill.info().active).toBe(false);
  });
});
