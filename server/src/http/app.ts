import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { contextFor } from '../auth/context.js';
import type { Tokens } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { DomainError } from '../errors.js';
import { exportsRouter } from '../modules/exports/exports.router.js';
import { operationLimitsPlugin } from '../limits/apollo-limits.js';
import { situationReportPdfRoute } from '../modules/reports/report-pdf.route.js';
import { OPERATION_LIMITS, operationShapeRule } from '../limits/operation-limits.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { metricsRoute } from '../metrics/metrics.route.js';
import { writeTimingPlugin } from '../metrics/write-timing.js';
import type { Services } from '../services.js';
import { formatError } from './errors.js';

export interface HttpApp {
  server: Server;
  /** Stop taking connections and let requests in flight finish (at most STOP_GRACE_MS). */
  stop(): Promise<void>;
}

/** HTTP on one port: GraphQL at /graphql, health at /healthz and /readyz, metrics at /metrics, the dashboard at /. */
export async function createHttpApp(opts: {
  config: Config;
  schema: GraphQLSchema;
  services: Services;
  tokens: Tokens;
  logger: Logger;
  metrics: Metrics;
  isReady: () => Promise<boolean>;
}): Promise<HttpApp> {
  const { config, schema, services, tokens, logger, metrics } = opts;
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    // Refuses "simple" requests a browser would send cross-site without a preflight (GET without a header, text/plain POST).
    csrfPrevention: true,
    introspection: !config.production,
    formatError: formatError(logger),
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    validationRules: [operationShapeRule],
    // main.ts stops everything in order on SIGTERM and SIGINT. Apollo's own handlers would stop it
    // first, and Apollo Server 5.5's stop() called again meanwhile (ours) waits forever.
    stopOnTerminationSignals: false,
    plugins: [
      // On stop: idle keep-alive connections close at once, busy ones after their request, all by the grace.
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: STOP_GRACE_MS }),
      operationLimitsPlugin<Context>(),
      writeTimingPlugin<Context>(metrics.writeDuration),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Behind a load balancer the client's address (for login limits) is in X-Forwarded-For, trusted only as configured.
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await opts.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ ready });
  });
  app.get('/metrics', metricsRoute(metrics, config.metricsToken, logger));
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req.headers.authorization, tokens, services, req.ip ?? null) }),
    bodyErrors,
  );
  app.use(situationReportPdfRoute({ services, tokens, logger }));
  app.use('/exports', exportsRouter({ services, tokens, logger, pageRows: config.exportPageRows }));
  serveDashboard(app, config.dashboardDir);
  return { server, stop: () => apollo.stop() };
}

/** How long requests in flight get to finish when the server stops; their connections are then cut. */
const STOP_GRACE_MS = 3_500;

/** Largest request body: an operation with its variables (the longest text field is 2,000 characters). */
const MAX_BODY = '100kb';

/** A body too large or not JSON gets a GraphQL-shaped answer with our code, not Express's HTML page. */
function bodyErrors(err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) {
  if (err.type === 'entity.too.large') return void res.status(413).json({ errors: [clientError(new DomainError('requestTooLarge', `max ${MAX_BODY}`))] });
  if (err.status && err.status >= 400 && err.status < 500)
    return void res.status(err.status).json({ errors: [clientError(new DomainError('requestMalformed', err.type))] });
  next(err);
}

function clientError(err: DomainError) {
  return { message: err.message, extensions: err.extensions };
}

const SCREENS = ['/', '/login', '/ops', '/ward', '/team', '/tasks', '/incidents', '/reports', '/complaints'];

function serveDashboard(app: express.Express, dir: string | undefined) {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  // Gzip the screens' bundles: a wall screen on a district network loads about a quarter of the bytes.
  app.use(compression());
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.get(SCREENS, (_req, res) => {
    res.sendFile(join(dir, 'index.html'));
  });
}
