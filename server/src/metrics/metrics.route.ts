import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';

/**
 * `GET /metrics` in Prometheus's text format. With a token configured (METRICS_TOKEN) only a scraper
 * that sends it as `Authorization: Bearer <token>` is answered; without one it is open, for a replica
 * whose port only the scraper reaches.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined, logger: Logger): RequestHandler {
  const expected = token === undefined ? null : digest(`Bearer ${token}`);
  return async (req, res) => {
    // Compared as digests: equal lengths for timingSafeEqual, and no early exit that times the token.
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('metrics token required\n');
      return;
    }
    try {
      const text = await metrics.registry.metrics();
      // Written as the registry gives it: Express's send() would rewrite the Content-Type's parameters.
      res.writeHead(200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' }).end(text);
    } catch (err) {
      logger.error({ err }, 'could not collect the metrics');
      res.status(500).type('text/plain').send('metrics unavailable\n');
    }
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
