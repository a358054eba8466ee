import 'reflect-metadata';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Tokens } from './auth/tokens.js';
import { Clock } from './clock/clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { createHttpApp, type HttpApp } from './http/app.js';
import { followDrillClock } from './modules/drill/drill.service.js';
import type { Logger } from './logger.js';
import { poolUsage } from './metrics/db-pool.js';
import { Metrics } from './metrics/metrics.js';
import { Hub } from './realtime/hub.js';
import { TotalsFeed } from './realtime/totals-feed.js';
import { startScheduler } from './realtime/scheduler.js';
import { openLiveSocket } from './realtime/socket.js';
import { PostgresWakeup } from './realtime/wakeup.js';
import { createSchema } from './schema.js';
import { seedDemo, seedDemoTeams } from './seed/demo.js';
import { ensureReference } from './seed/reference.js';
import { createServices, type Services } from './services.js';
import { stopInOrder } from './shutdown.js';

export interface Running {
  db: Database;
  services: Services;
  http: HttpApp;
  hub: Hub;
  port: number;
  /**
   * Give up the escalation lead, close the live sockets, finish requests in flight, close the
   * database: within 8 s whatever hangs. Resolves with the steps that did not finish.
   */
  stop(): Promise<string[]>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** config → database → schema → HTTP on one port. Returns once listening. */
export async function boot(config: Config, logger: Logger): Promise<Running> {
  const clock = new Clock({ start: config.clockStart, speed: config.clockSpeed, anchor: config.clockAnchor });
  const db = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: resolve(config.dataDir, 'pgdata') },
    clock,
  );
  const tokens = new Tokens(config.jwtSecret, config.tokenTtlSeconds);
  const services = createServices(db, tokens, {
    allowDemo: !config.production,
    turnoutFlags: config.turnoutFlags,
    complaintDeadlines: config.complaintDeadlines,
  });
  await ensureReference(db, config);
  if (config.seed === 'demo' && (await seedDemo(db, services.users))) logger.info('loaded the Hai Bà Trưng demo data');
  if (config.seed === 'demo' && (await seedDemoTeams(db, services.users))) logger.info('loaded the 10 supervision teams');
  // A drill started on any replica moves this replica's clock too (read now, then every second).
  await services.drill.refresh();
  const stopDrillFollow = followDrillClock(services.drill, (err) => logger.warn({ err }, 'could not read the drill clock; retrying'));

  const schema = await createSchema();
  const hub = new Hub(services.events, schema, logger, config.liveShareWork);
  await hub.start();
  const totals = new TotalsFeed(services.events, schema, logger, services.unitTotals);
  totals.start();
  const wake = () => {
    hub.wake();
    totals.wake();
  };
  const wakeup = config.databaseUrl ? new PostgresWakeup(config.databaseUrl, wake, logger, undefined, (userId) => services.users.viewers.forget(userId)) : null;
  // A viewer remembered while the LISTEN connection is down might miss a revocation made elsewhere.
  if (wakeup) services.users.viewers.trustWhile(() => wakeup.connected);
  // A local commit wakes this hub at once, and the other replicas' through one NOTIFY per few ms.
  db.on('committed', () => {
    wake();
    wakeup?.announce();
  });
  await wakeup?.start();
  // Safety net: a lost NOTIFY only delays delivery by this much.
  const poll = setInterval(wake, 1_000);
  poll.unref();
  const stopScheduler = startScheduler({ services, logger, lead: async () => (wakeup ? wakeup.tryLead() : true), intervalMs: config.schedulerIntervalMs });

  const metrics = new Metrics();
  const http = await createHttpApp({
    config: { ...config, dashboardDir: config.dashboardDir ?? resolve(here, '../../dashboard/dist') },
    schema,
    services,
    tokens,
    logger,
    metrics,
    isReady: async () => {
      await db.read((m) => m.query('SELECT 1'));
      return hub.isRunning && (wakeup === null || wakeup.connected);
    },
  });
  const live = openLiveSocket({
    server: http.server,
    schema,
    hub,
    totals,
    services,
    tokens,
    logger,
    maxConnectionsPerUser: config.wsMaxConnectionsPerUser,
    introspection: !config.production,
  });
  metrics.observe({ hub, live, log: services.events, pool: () => poolUsage(db), livePool: () => poolUsage(db, db.liveDataSource), wakeup });
  await new Promise<void>((ok, fail) => {
    http.server.once('error', fail);
    http.server.listen(config.port, () => ok());
  });
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port, database: config.databaseUrl ? 'postgres' : 'pglite', electionDate: config.electionDate }, 'election-ops listening');

  return {
    db,
    services,
    http,
    port,
    hub,
    stop() {
      stopScheduler();
      stopDrillFollow();
      clearInterval(poll);
      // Under 8 s in all (the budgets' sum), well within the 10 s an orchestrator gives before SIGKILL.
      return stopInOrder(
        [
          // First, so another replica takes over escalation at its next tick rather than after us.
          { name: 'escalation lead and LISTEN connection', budgetMs: 1_000, run: () => wakeup?.stop() },
          {
            name: 'live sockets',
            budgetMs: 1_200,
            run: async () => {
              await live.close(1_000);
              hub.stop();
              totals.stop();
            },
          },
          { name: 'HTTP requests in flight', budgetMs: 4_000, run: () => http.stop() },
          { name: 'database', budgetMs: 1_500, run: () => db.close() },
        ],
        logger,
      );
    },
  };
}
