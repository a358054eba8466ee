import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { contextFor } from '../auth/context.js';
import type { Tokens } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { formatError } from './errors.js';

export interface HttpApp {
  server: Server;
  stop(): Promise<void>;
}

/** HTTP on one port: GraphQL at /graphql, health at /healthz and /readyz, the dashboard at /. */
export async function createHttpApp(opts: {
  config: Config;
  schema: GraphQLSchema;
  services: Services;
  tokens: Tokens;
  logger: Logger;
  isReady: () => Promise<boolean>;
}): Promise<HttpApp> {
  const { config, schema, services, tokens, logger } = opts;
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    introspection: !config.production,
    formatError: formatError(logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await opts.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ ready });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req.headers.authorization, tokens, services) }),
  );
  serveDashboard(app, config.dashboardDir);
  return { server, stop: () => apollo.stop() };
}

const SCREENS = ['/', '/login', '/ops', '/ward', '/tasks', '/incidents'];

function serveDashboard(app: express.Express, dir: string | undefined) {
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.get(SCREENS, (_req, res) => {
    res.sendFile(join(dir, 'index.html'));
  });
}
