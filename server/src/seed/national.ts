import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database.js';
import { CHECKLIST_ITEMS } from '../modules/readiness/checklist.entity.js';
import { slug } from './hai-ba-trung.js';
import { apportion, NATIONAL, PROVINCES } from './national-figures.js';
import { seededRandom } from './random.js';

const SYSTEM = { id: null, username: null };

/** Rough weights around 1, so units of one level differ in size without any being empty. */
const spread = (n: number, rand: () => number, width = 1) => Array.from({ length: n }, () => 1 - width / 2 + rand() * width);

/**
 * Fill an empty database with a generated country at 2021 scale, one province per transaction
 * (so `onProvince` can draw progress). Areas are mid-day: VOTING, 73.74% reported, checklists mostly done
 * (a third of the areas complete).
 */
export async function seedNational(db: Database, onProvince: (done: number, total: number, name: string) => void, seed = 2021): Promise<void> {
  const rand = seededRandom(seed);
  const weights = PROVINCES.map(([, w]) => w);
  const voters = apportion(NATIONAL.voters, weights);
  const areas = apportion(NATIONAL.areas, weights);
  const districts = apportion(NATIONAL.districts, weights.map(Math.sqrt), 3);
  const wards = apportion(NATIONAL.wards, weights);
  for (let p = 0; p < PROVINCES.length; p += 1) {
    const name = PROVINCES[p][0];
    await db.tx(SYSTEM, ({ manager }) =>
      seedProvince(manager, { name, code: slug(name), voters: voters[p], areas: areas[p], districts: districts[p], wards: wards[p] }, rand),
    );
    onProvince(p + 1, PROVINCES.length, name);
  }
}

interface ProvinceShape {
  name: string;
  code: string;
  voters: number;
  areas: number;
  districts: number;
  wards: number;
}

async function seedProvince(m: EntityManager, p: ProvinceShape, rand: () => number): Promise<void> {
  const [{ id: provinceId }] = await m.query('INSERT INTO provinces (code, name) VALUES ($1, $2) RETURNING id', [p.code, p.name]);
  const dWeights = spread(p.districts, rand);
  const dWards = apportion(p.wards, dWeights, 1);
  const dAreas = apportion(p.areas, dWeights, dWards.reduce((a, b) => Math.max(a, b), 0) > 0 ? 1 : 0);
  const dVoters = apportion(p.voters, dWeights);
  for (let d = 0; d < p.districts; d += 1) {
    const [{ id: districtId }] = await m.query('INSERT INTO districts (code, name, "provinceId") VALUES ($1, $2, $3) RETURNING id', [
      `q${d + 1}`,
      `Quận/Huyện ${d + 1}`,
      provinceId,
    ]);
    const wCount = dWards[d];
    const wWeights = spread(wCount, rand);
    const wAreas = apportion(Math.max(dAreas[d], wCount), wWeights, 1);
    const wVoters = apportion(dVoters[d], wWeights);
    const codes = wWeights.map((_, w) => `${p.code}-q${d + 1}-p${w + 1}`);
    const wardRows: { id: number }[] = await m.query(
      'INSERT INTO wards (code, name, "districtId") SELECT c, n, $3 FROM unnest($1::text[], $2::text[]) AS t(c, n) RETURNING id',
      [codes, codes.map((_, w) => `Phường/Xã ${w + 1}`), districtId],
    );
    const area = { code: [] as string[], number: [] as number[], ward: [] as number[], voters: [] as number[] };
    wardRows.forEach((ward, w) => {
      apportion(wVoters[w], spread(wAreas[w], rand, 0.6)).forEach((v, k) => {
        area.code.push(`${codes[w]}-${String(k + 1).padStart(2, '0')}`);
        area.number.push(k + 1);
        area.ward.push(ward.id);
        area.voters.push(v);
      });
    });
    // Areas numbered 3, 6, 9, ... have every item; the others miss one or two. The checklist rows are
    // drawn from each area's count of items done, so the two agree: (id + k) % 16 takes each value once.
    await m.query(
      `WITH a AS (
         INSERT INTO polling_areas (code, number, name, address, "registeredVoters", "seededVoters", status, voted, "latestReportAt", "checklistDone", "wardId")
         SELECT c, n, 'Khu vực bỏ phiếu số ' || n, 'Nhà văn hóa khu dân cư số ' || n, v, v, 'VOTING', round(v * 0.7374)::int, now(), $6::int - n % 3, w
           FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) AS t(c, n, w, v)
         RETURNING id, "checklistDone")
       INSERT INTO checklist_entries ("pollingAreaId", item, done)
       SELECT a.id, i.item, (a.id + i.k) % $6::int < a."checklistDone" FROM a CROSS JOIN unnest($5::text[]) WITH ORDINALITY AS i(item, k)`,
      [area.code, area.number, area.ward, area.voters, CHECKLIST_ITEMS, CHECKLIST_ITEMS.length],
    );
  }
}
