/**
 * The national day's set-up, not measured: the areas that will file close, and the screens' and
 * phones' accounts are inserted in one statement and their tokens signed here with the servers'
 * secret — 12,233 scrypt logins would take longer than the peak itself.
 */
import pg from 'pg';
import { signToken } from '../support/tokens.js';
import type { ScreenKind, ScreenSpec } from './national-day-protocol.js';

/** The generated country's tree, as the measurement needs it. */
export interface Country {
  /** ward id → its district's id */
  districtOf: Map<number, number>;
  /** district id → its province's id */
  provinceOf: Map<number, number>;
  /** The election's day (the seed's), YYYY-MM-DD. */
  electionDate: string;
}

/** One area filing its final figure: by its ward's officer. */
export interface Filing {
  areaId: number;
  wardId: number;
  voted: number;
}

/** Screens of each kind at full size: a phone per ward, two walls per district, three per province, 20 national. */
export const PER_UNIT = { district: 2, province: 3, nation: 20 } as const;

/** A small seeded generator (mulberry32): the same areas file in the same order on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` of `xs`, spread evenly over it (all of them when count ≥ length). */
function spread<T>(xs: T[], count: number): T[] {
  if (count >= xs.length) return xs;
  return Array.from({ length: count }, (_, i) => xs[Math.floor((i * xs.length) / count)]);
}

/**
 * Close `areas` polling areas drawn across the whole country (their last figure from 18:30, the
 * checkpoint before closing) and return them in the order they will file, with a final figure each.
 */
export async function closeAreas(client: pg.Client, areas: number, electionDate: string): Promise<Filing[]> {
  const { rows } = await client.query<{ id: number; wardId: number; registeredVoters: number; voted: number }>(
    `UPDATE polling_areas SET status = 'CLOSED', "latestReportAt" = $2
      WHERE id IN (SELECT id FROM polling_areas ORDER BY md5(id::text) LIMIT $1)
      RETURNING id, "wardId", "registeredVoters", voted`,
    [areas, `${electionDate}T18:30:00+07:00`],
  );
  const rand = seeded(2021);
  const filings = rows.map((r) => ({
    areaId: r.id,
    wardId: r.wardId,
    // The 2021 turnout was 99.6%: most areas end between 97% and 100%.
    voted: Math.max(r.voted, Math.min(r.registeredVoters, Math.round(r.registeredVoters * (0.97 + rand() * 0.03)))),
  }));
  for (let i = filings.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [filings[i], filings[j]] = [filings[j], filings[i]];
  }
  return filings;
}

export async function readCountry(client: pg.Client): Promise<Country> {
  const wards = await client.query<{ id: number; districtId: number }>('SELECT id, "districtId" FROM wards');
  const districts = await client.query<{ id: number; provinceId: number }>('SELECT id, "provinceId" FROM districts');
  const [{ date }] = (await client.query<{ date: string }>('SELECT date FROM elections ORDER BY id LIMIT 1')).rows;
  return {
    districtOf: new Map(wards.rows.map((w) => [w.id, w.districtId])),
    provinceOf: new Map(districts.rows.map((d) => [d.id, d.provinceId])),
    electionDate: date,
  };
}

// One INSERT … SELECT over the tree: a ward officer per ward, the walls' observers per district, province and nation.
// The password hash is deliberately one no password matches (`verifyPassword` refuses an empty hash): these accounts never log in.
const INSERT_ACCOUNTS = `
  INSERT INTO users (username, "displayName", role, "passwordHash", "wardId", "unitLevel", "unitId")
  SELECT 'nday.ward.' || w.code, 'Cán bộ ' || w.code, 'WARD_OFFICER', 'nologin:', w.id, 'WARD', w.id FROM wards w
  UNION ALL
  SELECT 'nday.district.' || p.code || '.' || d.code || '.' || k, 'Màn hình ' || p.code || '/' || d.code, 'OBSERVER', 'nologin:', NULL, 'DISTRICT', d.id
    FROM districts d JOIN provinces p ON p.id = d."provinceId" CROSS JOIN generate_series(1, $1::int) k
  UNION ALL
  SELECT 'nday.province.' || p.code || '.' || k, 'Màn hình ' || p.code, 'OBSERVER', 'nologin:', NULL, 'PROVINCE', p.id
    FROM provinces p CROSS JOIN generate_series(1, $2::int) k
  UNION ALL
  SELECT 'nday.nation.' || k, 'Màn hình toàn quốc ' || k, 'OBSERVER', 'nologin:', NULL, 'NATION', NULL FROM generate_series(1, $3::int) k
  RETURNING id, role, "wardId", "unitLevel", "unitId"`;

/**
 * Insert every account and sign its token (HS256 with the servers' JWT_SECRET, session version 0 as
 * a new account has). Returns the screens to open — `scale` of each kind, spread over the country —
 * and every ward officer's token: the phones file their own areas' figures.
 */
export async function accounts(
  client: pg.Client,
  secret: string,
  scale: number,
): Promise<{ screens: ScreenSpec[]; officerTokens: Map<number, string>; created: number }> {
  const { rows } = await client.query<{ id: number; role: string; wardId: number | null; unitLevel: string; unitId: number | null }>(INSERT_ACCOUNTS, [
    PER_UNIT.district,
    PER_UNIT.province,
    PER_UNIT.nation,
  ]);
  const exp = Math.floor(Date.now() / 1000) + 6 * 3600;
  const byKind: Record<ScreenKind, ScreenSpec[]> = { ward: [], district: [], province: [], nation: [] };
  const officerTokens = new Map<number, string>();
  for (const r of rows) {
    const token = signToken(secret, { sub: String(r.id), exp });
    const kind = r.role === 'WARD_OFFICER' ? 'ward' : (r.unitLevel.toLowerCase() as ScreenKind);
    if (kind === 'ward') officerTokens.set(r.wardId!, token);
    byKind[kind].push({ kind, token, unitId: kind === 'ward' ? r.wardId : r.unitId });
  }
  const screens = (Object.keys(byKind) as ScreenKind[]).flatMap((k) => spread(byKind[k], Math.max(1, Math.round(byKind[k].length * scale))));
  return { screens, officerTokens, created: rows.length };
}
