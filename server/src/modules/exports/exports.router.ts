import express from 'express';
import { viewerFromAuthorization } from '../../auth/context.js';
import type { Tokens } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../errors.js';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services.js';
import { writeCsv, type CsvExport } from './csv.js';
import { complaintExport } from './complaint-export.js';
import { eventExport, eventRange } from './event-export.js';
import { incidentExport } from './incident-export.js';
import { taskExport } from './task-export.js';
import { turnoutExport } from './turnout-export.js';

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 } as const;

/**
 * SPEC 8.2's CSV exports under `/exports`: signed in with `Authorization: Bearer <token>` like
 * `/graphql` (a revoked session or a deactivated account is refused), each scoped like its query.
 * Refusals are JSON in the GraphQL error shape (`errors[0].extensions.code`), so one client reads both.
 */
export function exportsRouter(opts: {
  services: Services;
  tokens: Tokens;
  logger: Logger;
  /** Rows read from the database per page (config EXPORT_PAGE_ROWS; a turnout page is that many rows' worth of areas). */
  pageRows: number;
}): express.Router {
  const { services, tokens, logger, pageRows } = opts;
  const router = express.Router();
  const route = <R>(path: string, build: (viewer: Viewer, query: Record<string, unknown>) => Promise<CsvExport<R>>) =>
    router.get(path, async (req, res) => {
      const started = Date.now();
      let viewer: Viewer | null = null;
      try {
        viewer = await viewerFromAuthorization(req.headers.authorization, tokens, services);
        if (!viewer) throw new DomainError('unauthenticated');
        const outcome = await writeCsv(res, await build(viewer, req.query));
        logger.info(
          { export: path, user: viewer.username, ...outcome, ms: Date.now() - started },
          outcome.complete ? 'export sent' : 'export stopped: client disconnected',
        );
      } catch (err) {
        refuse(res, err, { export: path, user: viewer?.username ?? null }, logger);
      }
    });
  route('/turnout.csv', (viewer) => turnoutExport(services, viewer, pageRows));
  route('/incidents.csv', (viewer) => incidentExport(services, viewer, pageRows));
  route('/tasks.csv', (viewer) => taskExport(services, viewer, pageRows));
  route('/complaints.csv', (viewer) => complaintExport(services, viewer, pageRows));
  route('/events.csv', (viewer, query) => eventExport(services, viewer, eventRange(query), pageRows));
  return router;
}

function refuse(res: express.Response, err: unknown, where: Record<string, unknown>, logger: Logger): void {
  // Once rows are on their way a status can no longer be sent: cut the response, so the file is visibly incomplete.
  if (res.headersSent) {
    logger.error({ err, ...where }, 'export failed while streaming');
    res.destroy();
    return;
  }
  if (err instanceof DomainError) {
    logger.info({ ...where, code: err.code, reason: err.key, message: err.extensions.message_en }, 'export refused');
    res.status(STATUS[err.code]).json({ errors: [{ message: err.message, extensions: err.extensions }] });
    return;
  }
  const unavailable = isDatabaseUnavailable(err);
  logger.error({ err, ...where }, unavailable ? 'database unavailable during an export' : 'export failed');
  res.status(unavailable ? 503 : 500).json({
    errors: [
      {
        message: 'Lỗi hệ thống, vui lòng thử lại.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', message_en: unavailable ? 'Database unavailable' : 'Internal error' },
      },
    ],
  });
}
