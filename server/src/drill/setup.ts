import { localInstant } from '../modules/election/election-time.js';
import type { District } from './actors.js';
import type { Api } from './api.js';
import type { DrillArea } from './plan.types.js';
import type { DrillTime } from './runner.js';

interface AreaRow {
  id: string;
  code: string;
  status: string;
  registeredVoters: number;
  ward: { id: string; code: string };
}

/** The district as the operator reads it, refusing one whose day has already begun: a drill replays a whole day. */
export async function readDistrict(api: Api, operator: string): Promise<{ areas: DrillArea[]; district: District; date: string }> {
  const r = await api.gql<{ election: { date: string }; pollingAreas: AreaRow[] }>(
    '{ election { date } pollingAreas { id code status registeredVoters ward { id code } } }',
    {},
    operator,
  );
  const started = r.pollingAreas.filter((a) => a.status !== 'PREPARING');
  if (started.length > 0) {
    throw new Error(
      `${started.length} khu vực bỏ phiếu đã qua bước chuẩn bị: diễn tập cần một ngày bầu cử mới (bỏ --url để chạy trên máy chủ riêng).\n` +
        `${started.length} polling areas are past PREPARING: a drill needs a fresh election day (omit --url to run on a server of its own).`,
    );
  }
  return {
    date: r.election.date,
    areas: r.pollingAreas.map((a) => ({ code: a.code, wardCode: a.ward.code, registeredVoters: a.registeredVoters })),
    district: {
      areaId: new Map(r.pollingAreas.map((a) => [a.code, a.id])),
      wardId: new Map(r.pollingAreas.map((a) => [a.ward.code, a.ward.id])),
    },
  };
}

/** Switch every replica to the drill clock (05:00 of the election day, now, at `speed`). */
export async function startDrillClock(api: Api, operator: string, speed: number, seed: number, date: string): Promise<DrillTime> {
  const r = await api.gql<{ startDrill: { startedAt: string; clockStartsAt: string; speed: number } }>(
    'mutation($s:Float!,$seed:Int){ startDrill(speed:$s, seed:$seed){ startedAt clockStartsAt speed } }',
    { s: speed, seed },
    operator,
  );
  return {
    startedAt: new Date(r.startDrill.startedAt),
    clockStartsAt: new Date(r.startDrill.clockStartsAt),
    speed: r.startDrill.speed,
    dayStart: localInstant(date, '00:00'),
  };
}

export async function stopDrillClock(api: Api, operator: string): Promise<void> {
  await api.gql('mutation{ stopDrill { active } }', {}, operator);
}
