import type { Database } from '../db/database.js';
import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';
import { CHECKLIST_ITEMS, ChecklistEntry } from '../modules/readiness/checklist.entity.js';
import { PollingAreaStatus } from '../modules/units/enums.js';
import { District, Province, Ward } from '../modules/units/units.entity.js';
import { SupervisionTeam } from '../modules/supervision/team.entity.js';
import { Role } from '../modules/users/user.entity.js';
import type { UserService } from '../modules/users/user.service.js';
import { DISTRICT, KNOWN_AREAS, PROVINCE, WARDS, slug } from './hai-ba-trung.js';
import { seededRandom, splitTotal } from './random.js';

/** The demo district as the users command names it: the unit of its operator, screens, liaisons and teams. */
const DISTRICT_UNIT = `${PROVINCE.code}/${DISTRICT.code}`;

const SYSTEM = { id: null, username: null };
const SITES = [
  (n: number) => `Nhà văn hóa tổ dân phố số ${n}`,
  (_: number, ward: string) => `Trường Tiểu học ${ward}`,
  (_: number, ward: string) => `Trường THCS ${ward}`,
  (_: number, ward: string) => `Trường Mầm non ${ward}`,
  (n: number) => `Nhà văn hóa cụm dân cư số ${n}`,
  (_: number, ward: string) => `Hội trường UBND phường ${ward}`,
];

/** Load the Hai Bà Trưng demo data into an empty database; returns false when it already holds wards. */
export async function seedDemo(db: Database, users: UserService, seed = 2021): Promise<boolean> {
  const created = await db.tx(SYSTEM, async ({ manager }) => {
    if ((await manager.count(Ward)) > 0) return false;
    const rand = seededRandom(seed);
    const province = await manager.save(manager.create(Province, PROVINCE));
    const district = await manager.save(manager.create(District, { ...DISTRICT, provinceId: province.id }));
    for (const w of WARDS) {
      const ward = await manager.save(manager.create(Ward, { code: slug(w.name), name: w.name, districtId: district.id }));
      const known = KNOWN_AREAS[w.name] ?? {};
      const fixed = new Map(Object.entries(known).map(([n, a]) => [Number(n) - 1, a.voters]));
      const voters = splitTotal(w.voters, w.areas, rand, fixed);
      const areas = voters.map((v, i) => {
        const number = i + 1;
        const site = SITES[Math.floor(rand() * SITES.length)](number, w.name);
        const address = `${10 + Math.floor(rand() * 190)} ${w.streets[Math.floor(rand() * w.streets.length)]}`;
        return manager.create(PollingArea, {
          code: `${ward.code}-${String(number).padStart(2, '0')}`,
          number,
          wardId: ward.id,
          registeredVoters: v,
          seededVoters: v,
          name: known[number]?.name ?? site,
          address: known[number]?.address ?? address,
          status: PollingAreaStatus.PREPARING,
        });
      });
      const saved = await manager.save(areas);
      await manager.insert(
        ChecklistEntry,
        saved.flatMap((a) => CHECKLIST_ITEMS.map((item) => ({ pollingAreaId: a.id, item, done: false }))),
      );
    }
    return true;
  });
  if (created) await seedDemoAccounts(users);
  return created;
}

const LIAISONS: [string, AgencyCode, string][] = [
  ['liaison.power', AgencyCode.POWER, 'Điện lực Hai Bà Trưng'],
  ['liaison.sanitation', AgencyCode.SANITATION, 'URENCO Hai Bà Trưng'],
  ['liaison.fire', AgencyCode.FIRE, 'Trực ban PCCC'],
  ['liaison.police', AgencyCode.POLICE, 'Trực ban Công an quận'],
  ['liaison.health', AgencyCode.HEALTH, 'Trực ban Trung tâm Y tế'],
];

/** The demo accounts of SPEC section 2, all with password `demo`, marked so production refuses them. */
async function seedDemoAccounts(users: UserService): Promise<void> {
  const password = 'demo';
  const unitCode = DISTRICT_UNIT;
  await users.create({ username: 'operator', password, role: Role.DISTRICT_OPERATOR, displayName: 'Ban Chỉ đạo bầu cử quận', unitCode, demo: true });
  await users.create({ username: 'observer', password, role: Role.OBSERVER, displayName: 'Màn hình giám sát', unitCode, demo: true });
  // The city's and the nation's wall screens: above the district, drawn by district and by province.
  await users.create({
    username: 'observer.ha-noi',
    password,
    role: Role.OBSERVER,
    displayName: 'Màn hình giám sát thành phố',
    unitCode: PROVINCE.code,
    demo: true,
  });
  await users.create({
    username: 'observer.nation',
    password,
    role: Role.OBSERVER,
    displayName: 'Màn hình giám sát toàn quốc',
    unitCode: 'nation',
    demo: true,
  });
  for (const w of WARDS) {
    const code = slug(w.name);
    await users.create({ username: `ward.${code}`, password, role: Role.WARD_OFFICER, wardCode: code, displayName: `Cán bộ phường ${w.name}`, demo: true });
  }
  for (const [username, agency, displayName] of LIAISONS) {
    await users.create({ username, password, role: Role.LIAISON, agency, displayName, unitCode, demo: true });
  }
}

/** Teams 1-8 follow two wards each, 9 and 10 one each: the district's 18 wards between the 10 teams. */
export const TEAM_WARDS: string[][] = Array.from({ length: 10 }, (_, i) =>
  (i < 8 ? [WARDS[2 * i], WARDS[2 * i + 1]] : [WARDS[16 + (i - 8)]]).map((w) => slug(w.name)),
);

/**
 * The standing committee's 10 supervision teams (Quyết định 558-QĐ/QU), `doan-01`…`doan-10`, each with
 * a demo account `team.doan-NN` (password `demo`). Runs on a demo database that has none yet, so a
 * database seeded before teams existed gets them too.
 */
export async function seedDemoTeams(db: Database, users: UserService): Promise<boolean> {
  const teams = await db.tx(SYSTEM, async ({ manager }) => {
    if ((await manager.count(SupervisionTeam)) > 0) return [];
    const wards = await manager.find(Ward);
    const idOf = new Map(wards.map((w) => [w.code, w.id]));
    if (TEAM_WARDS.flat().some((code) => !idOf.has(code))) return [];
    return manager.save(
      TEAM_WARDS.map((codes, i) =>
        manager.create(SupervisionTeam, {
          code: `doan-${String(i + 1).padStart(2, '0')}`,
          name: `Đoàn giám sát số ${i + 1}`,
          wardIds: codes.map((c) => idOf.get(c)!),
        }),
      ),
    );
  });
  for (const team of teams) {
    await users.create({
      username: `team.${team.code}`,
      password: 'demo',
      role: Role.SUPERVISOR,
      teamCode: team.code,
      displayName: team.name,
      unitCode: DISTRICT_UNIT,
      demo: true,
    });
  }
  return teams.length > 0;
}
