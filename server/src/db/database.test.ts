import { expect, it } from 'vitest';
import { AgencyService } from '../modules/agencies/agency.service.js';
import { describeEachDatabase } from '../test-support/databases.js';

describeEachDatabase('Database', (get) => {
  // Found by the kill -9 test: after any restart on the embedded database, the first report that
  // dispatched a task filled the agency cache from inside its transaction and waited on itself forever.
  it('lets code inside a transaction read without waiting for its own transaction', async () => {
    const t = get();
    const coldCache = new AgencyService(t.db);
    const codes = await t.db.tx({ id: null, username: null }, async () => (await coldCache.list()).map((a) => a.code));
    expect(codes.sort()).toEqual(['FIRE', 'HEALTH', 'POLICE', 'POWER', 'SANITATION']);
  });
});
