import type { Actors } from './actors.js';
import type { Minute } from './curve.js';
import type { Action, DrillPlan } from './plan.types.js';

/** The drill clock as the server started it: election time `clockStartsAt` at real instant `startedAt`. */
export interface DrillTime {
  startedAt: Date;
  clockStartsAt: Date;
  speed: number;
  /** The instant of local midnight starting the election day: plan minutes count from it. */
  dayStart: Date;
}

/** Election-clock minute now, by the drill's clock. */
export function minuteNow(t: DrillTime, now = Date.now()): Minute {
  const election = t.clockStartsAt.getTime() + (now - t.startedAt.getTime()) * t.speed;
  return (election - t.dayStart.getTime()) / 60_000;
}

/** The real instant the drill clock reaches `minute`. */
export function realInstant(t: DrillTime, minute: Minute): number {
  const election = t.dayStart.getTime() + minute * 60_000;
  return t.startedAt.getTime() + (election - t.clockStartsAt.getTime()) / t.speed;
}

export interface RunStats {
  done: number;
  failed: number;
  /** How far behind its planned moment the latest action ran, in election minutes (the server's load shows here). */
  lagMinutes: number;
  errors: string[];
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, Math.max(0, ms)));

/**
 * Plays the plan against the clock: each lane (a polling area, or an incident and its tasks) in order,
 * all lanes side by side, at most `concurrency` requests in flight. A refused action is counted and
 * logged, and the day goes on, as it would in a real operations room.
 */
export async function runPlan(plan: DrillPlan, actors: Actors, time: DrillTime, concurrency: number, stats: RunStats): Promise<void> {
  const lanes = new Map<string, { action: Action; index: number }[]>();
  plan.actions.forEach((action, index) => {
    const lane = lanes.get(action.lane) ?? [];
    lane.push({ action, index });
    lanes.set(action.lane, lane);
  });
  let inFlight = 0;
  const queue: (() => void)[] = [];
  const slot = async () => {
    if (inFlight >= concurrency) await new Promise<void>((ok) => queue.push(ok));
    inFlight += 1;
  };
  const release = () => {
    inFlight -= 1;
    queue.shift()?.();
  };
  await Promise.all(
    [...lanes.values()].map(async (lane) => {
      for (const { action, index } of lane) {
        await sleep(realInstant(time, action.at) - Date.now());
        await slot();
        try {
          stats.lagMinutes = Math.max(stats.lagMinutes, minuteNow(time) - action.at);
          await actors.perform(action, index);
          stats.done += 1;
        } catch (err) {
          stats.failed += 1;
          if (stats.errors.length < 20) stats.errors.push(`${action.lane} ${action.step.kind} @${clock(action.at)}: ${(err as Error).message}`);
        } finally {
          release();
        }
      }
    }),
  );
}

/** `HH:MM` of a plan minute. */
export function clock(m: Minute): string {
  const whole = Math.floor(m);
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}
