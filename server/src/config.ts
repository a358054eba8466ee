import { DEFAULT_DEADLINES, type ComplaintDeadlines } from './modules/complaints/complaint-rules.js';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_FLAG_THRESHOLDS, type FlagThresholds } from './modules/turnout/turnout-flags.js';

/** Everything the server reads from its environment; nothing else reads process.env. */
export interface Config {
  port: number;
  production: boolean;
  /** A postgres:// URL selects PostgreSQL; undefined selects the embedded database in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  seed: 'demo' | 'none';
  /** YYYY-MM-DD, the election day in Asia/Ho_Chi_Minh. */
  electionDate: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** Start of the election clock (ISO instant) and its speed; unset means real time. */
  clockStart?: string;
  clockSpeed: number;
  /** The real instant at which the election clock reads clockStart (default: process start); replicas share it. */
  clockAnchor?: string;
  logLevel: string;
  /** Where the built dashboard lives, served at `/`. */
  dashboardDir?: string;
  /** Execute each live event once per group of same-scope subscribers (false: once per socket, for the benchmark). */
  liveShareWork: boolean;
  /** How often the leader escalates overdue tasks and marks late areas. */
  schedulerIntervalMs: number;
  /** Express's `trust proxy` (hops, addresses or true): whose X-Forwarded-For gives the client address. Unset: none. */
  trustProxy?: boolean | number | string;
  /** Open WebSockets one user may hold (screens sharing an account count together). */
  wsMaxConnectionsPerUser: number;
  /** Turnout flags' thresholds (SPEC 8.3): TURNOUT_JUMP_PERCENT, TURNOUT_JUMP_MINUTES, TURNOUT_NEAR_FULL_PERCENT, TURNOUT_EARLY_BEFORE, TURNOUT_OUTLIER_MADS, TURNOUT_OUTLIER_MIN_AREAS. */
  turnoutFlags: FlagThresholds;
  /** Rows the CSV exports read from the database per page (EXPORT_PAGE_ROWS): memory per export, and how long one read holds the embedded database. */
  exportPageRows: number;
  /** The bearer token `GET /metrics` asks for (METRICS_TOKEN); unset, the metrics are open to whoever reaches the port. */
  metricsToken?: string;
  /** Complaints' deadlines (SPEC 8.4): COMPLAINT_VOTER_LIST_DAYS (5), COMPLAINT_COUNTING_ENDS (21:00), COMPLAINT_DEFAULT_DAYS (10). */
  complaintDeadlines: ComplaintDeadlines;
}

export class ConfigError extends Error {}

/** Today in Asia/Ho_Chi_Minh, as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = resolve(env.DATA_DIR || './data');
  const seed = (env.SEED ?? (databaseUrl ? 'none' : 'demo')) as Config['seed'];
  if (seed !== 'demo' && seed !== 'none') throw new ConfigError(`SEED must be "demo" or "none", got "${seed}"`);
  if (production && seed === 'demo') throw new ConfigError('NODE_ENV=production refuses the demo data and its accounts (SEED=demo)');
  const electionDate = env.ELECTION_DATE || todayInVietnam();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(electionDate)) throw new ConfigError(`ELECTION_DATE must be YYYY-MM-DD, got "${electionDate}"`);
  const clockSpeed = Number(env.CLOCK_SPEED ?? 1);
  if (!(clockSpeed > 0)) throw new ConfigError('CLOCK_SPEED must be a positive number');
  for (const name of ['CLOCK_START', 'CLOCK_ANCHOR'] as const) {
    if (env[name] && Number.isNaN(Date.parse(env[name]!))) throw new ConfigError(`${name} must be an ISO date-time`);
  }
  return {
    port: Number(env.PORT ?? 4000),
    production,
    databaseUrl,
    dataDir,
    seed,
    electionDate,
    jwtSecret: jwtSecret(env.JWT_SECRET, production, databaseUrl ? undefined : dataDir),
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 24 * 3600),
    clockStart: env.CLOCK_START || undefined,
    clockSpeed,
    clockAnchor: env.CLOCK_ANCHOR || undefined,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    dashboardDir: env.DASHBOARD_DIR,
    liveShareWork: env.LIVE_SHARE_WORK !== '0',
    schedulerIntervalMs: Number(env.SCHEDULER_INTERVAL_MS ?? 500),
    trustProxy: trustProxy(env.TRUST_PROXY),
    wsMaxConnectionsPerUser: positiveInt('WS_MAX_CONNECTIONS_PER_USER', env.WS_MAX_CONNECTIONS_PER_USER, 50),
    turnoutFlags: {
      ...DEFAULT_FLAG_THRESHOLDS,
      jumpPercent: positiveInt('TURNOUT_JUMP_PERCENT', env.TURNOUT_JUMP_PERCENT, DEFAULT_FLAG_THRESHOLDS.jumpPercent),
      jumpMinutes: positiveInt('TURNOUT_JUMP_MINUTES', env.TURNOUT_JUMP_MINUTES, DEFAULT_FLAG_THRESHOLDS.jumpMinutes),
      nearFullPercent: positiveInt('TURNOUT_NEAR_FULL_PERCENT', env.TURNOUT_NEAR_FULL_PERCENT, DEFAULT_FLAG_THRESHOLDS.nearFullPercent),
      earlyBefore: hhmm('TURNOUT_EARLY_BEFORE', env.TURNOUT_EARLY_BEFORE, DEFAULT_FLAG_THRESHOLDS.earlyBefore),
      outlierMads: positiveInt('TURNOUT_OUTLIER_MADS', env.TURNOUT_OUTLIER_MADS, DEFAULT_FLAG_THRESHOLDS.outlierMads),
      outlierMinAreas: positiveInt('TURNOUT_OUTLIER_MIN_AREAS', env.TURNOUT_OUTLIER_MIN_AREAS, DEFAULT_FLAG_THRESHOLDS.outlierMinAreas),
      outlierWindowMinutes: positiveInt('TURNOUT_OUTLIER_WINDOW_MINUTES', env.TURNOUT_OUTLIER_WINDOW_MINUTES, DEFAULT_FLAG_THRESHOLDS.outlierWindowMinutes),
    },
    exportPageRows: positiveInt('EXPORT_PAGE_ROWS', env.EXPORT_PAGE_ROWS, 2_000),
    metricsToken: env.METRICS_TOKEN || undefined,
    complaintDeadlines: {
      voterListDays: positiveInt('COMPLAINT_VOTER_LIST_DAYS', env.COMPLAINT_VOTER_LIST_DAYS, DEFAULT_DEADLINES.voterListDays),
      countingEnds: hhmm('COMPLAINT_COUNTING_ENDS', env.COMPLAINT_COUNTING_ENDS, DEFAULT_DEADLINES.countingEnds),
      defaultDays: positiveInt('COMPLAINT_DEFAULT_DAYS', env.COMPLAINT_DEFAULT_DAYS, DEFAULT_DEADLINES.defaultDays),
    },
  };
}

function trustProxy(value: string | undefined): Config['trustProxy'] {
  if (!value) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function hhmm(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new ConfigError(`${name} must be HH:MM, got "${value}"`);
  return value;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new ConfigError(`${name} must be a positive integer, got "${value}"`);
  return n;
}

function jwtSecret(given: string | undefined, production: boolean, dataDir: string | undefined): string {
  if (given) return given;
  if (production) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  if (!dataDir) return 'election-ops-development-secret';
  // The embedded mode keeps a generated secret beside its data so tokens survive a restart.
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
