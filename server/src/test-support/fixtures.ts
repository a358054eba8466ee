import { randomBytes } from 'node:crypto';
import type { Viewer } from '../auth/viewer.js';
import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';
import { CHECKLIST_ITEMS, ChecklistEntry } from '../modules/readiness/checklist.entity.js';
import { PollingAreaStatus } from '../modules/units/enums.js';
import { District, Province, Ward } from '../modules/units/units.entity.js';
import { Role } from '../modules/users/user.entity.js';
import type { TestDb } from './databases.js';

const SYSTEM = { id: null, username: null };

/** A ward of its own for one test: unique codes, its areas and the people who work it. */
export async function makeWard(t: TestDb, opts: { areas?: number; voters?: number; status?: PollingAreaStatus } = {}) {
  const tag = randomBytes(4).toString('hex');
  const { ward, areas } = await t.db.tx(SYSTEM, async ({ manager }) => {
    const province = await manager.save(manager.create(Province, { code: `p-${tag}`, name: `Tỉnh ${tag}` }));
    const district = await manager.save(manager.create(District, { code: `d-${tag}`, name: `Quận ${tag}`, provinceId: province.id }));
    const ward = await manager.save(manager.create(Ward, { code: `w-${tag}`, name: `Phường ${tag}`, districtId: district.id }));
    const areas = await manager.save(
      Array.from({ length: opts.areas ?? 2 }, (_, i) =>
        manager.create(PollingArea, {
          code: `w-${tag}-${String(i + 1).padStart(2, '0')}`,
          number: i + 1,
          name: `Khu vực ${i + 1}`,
          address: `${i + 1} Phố Thử`,
          registeredVoters: opts.voters ?? 1000,
          seededVoters: opts.voters ?? 1000,
          status: opts.status ?? PollingAreaStatus.PREPARING,
          wardId: ward.id,
        }),
      ),
    );
    await manager.insert(
      ChecklistEntry,
      areas.flatMap((a) => CHECKLIST_ITEMS.map((item) => ({ pollingAreaId: a.id, item, done: false }))),
    );
    return { ward, areas };
  });
  const people = {
    operator: await makeUser(t, Role.DISTRICT_OPERATOR),
    officer: await makeUser(t, Role.WARD_OFFICER, { wardCode: ward.code }),
    observer: await makeUser(t, Role.OBSERVER),
    scopedObserver: await makeUser(t, Role.OBSERVER, { observerWardCodes: [ward.code] }),
    power: await makeUser(t, Role.LIAISON, { agency: AgencyCode.POWER }),
    sanitation: await makeUser(t, Role.LIAISON, { agency: AgencyCode.SANITATION }),
  };
  return { tag, ward, areas, ...people };
}

export async function makeUser(
  t: TestDb,
  role: Role,
  extra: { wardCode?: string; agency?: AgencyCode; observerWardCodes?: string[]; teamCode?: string; unitCode?: string } = {},
): Promise<Viewer> {
  const user = await t.services.users.create({ username: `u-${randomBytes(5).toString('hex')}`, password: 'secret', role, ...extra });
  const viewer = await t.services.users.viewer(user.id);
  if (!viewer) throw new Error('viewer missing');
  return viewer;
}
