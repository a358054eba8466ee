import { Router, type Response } from 'express';
import { viewerFromAuthorization } from '../../auth/context.js';
import type { Tokens } from '../../auth/tokens.js';
import { DomainError, type ErrorCode } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services.js';
import { renderSituationReport } from './report-pdf.js';
import type { SituationReport } from './situation-report.entity.js';

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** A refusal as the GraphQL endpoint words it, with the HTTP status that goes with its code. */
function refuse(res: Response, err: DomainError) {
  res.status(STATUS[err.code] ?? 400).json({ errors: [{ message: err.message, extensions: err.extensions }] });
}

/** The unit in the file's name: `phuong-7`, `quan` (as before province reports), `tinh-3`, `toan-quoc`. */
function fileUnit(r: SituationReport): string {
  if (r.wardId !== null) return `phuong-${r.wardId}`;
  if (r.districtId !== null) return 'quan';
  return r.provinceId !== null ? `tinh-${r.provinceId}` : 'toan-quoc';
}

/**
 * `GET /reports/situation/:id.pdf` with `Authorization: Bearer <token>`: the report printed (A4,
 * Vietnamese), to whoever may read it through `situationReports` (401 without a valid token, 404 for
 * an unknown id, 403 out of scope).
 */
export function situationReportPdfRoute(opts: { services: Services; tokens: Tokens; logger: Logger }): Router {
  const { services, tokens, logger } = opts;
  const router = Router();
  router.get('/reports/situation/:id.pdf', async (req, res) => {
    try {
      const viewer = await viewerFromAuthorization(req.headers.authorization, tokens, services);
      if (!viewer) return refuse(res, new DomainError('unauthenticated'));
      const report = await services.reports.get(viewer, req.params.id);
      if (!report) return refuse(res, new DomainError('notFound', `situation report ${req.params.id.slice(0, 20)}`));
      const pdf = await renderSituationReport(report, await services.elections.current());
      const name = `bao-cao-nhanh-${report.checkpoint.replace(':', 'h')}-${fileUnit(report)}.pdf`;
      res
        .status(200)
        .type('application/pdf')
        // A draft becomes a sent report: never cache one.
        .set({ 'Cache-Control': 'private, no-store', 'Content-Disposition': `inline; filename="${name}"` })
        .send(pdf);
    } catch (err) {
      if (err instanceof DomainError) return refuse(res, err);
      logger.error({ err }, 'situation report PDF failed');
      res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  return router;
}
