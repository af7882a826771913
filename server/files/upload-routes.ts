import { Router } from 'express';
import { UploadFieldsSchema } from '../../common/api/upload.ts';
import { requireRole } from '../auth/session-middleware.ts';
import { AppError } from '../errors.ts';
import { findBodyProblem } from '../http/body-guards.ts';
import { noQuery, parseOrThrow } from '../http/validate.ts';
import type { UploadRateLimiter } from './upload-rate-limit.ts';
import type { UploadService } from './upload-service.ts';
import { spooledFiles, uploadSpool } from './upload-spool.ts';

export interface UploadRoutesDeps {
  service: UploadService;
  rateLimit: UploadRateLimiter;
  /** Where uploads wait on disk while they are checked and sent on. */
  spoolDir: string;
  /** UPLOAD_MAX_MB in bytes. */
  maxBytes: number;
}

/**
 * `POST /api/files` (multipart): editors and admins only. Refusals that cost nothing come
 * first (role, query, rate limit), then the body is spooled to disk within the size limit, the
 * fields are validated, the files are counted against the rate limit, and the service runs.
 */
export function uploadRoutes(deps: UploadRoutesDeps): Router {
  const router = Router();
  const spool = uploadSpool({ dir: deps.spoolDir, maxBytes: deps.maxBytes });

  router.post(
    '/files',
    requireRole('editor'),
    noQuery,
    deps.rateLimit.beforeBody,
    spool,
    async (req, res) => {
      // multer builds the fields on an object without a prototype; a plain copy reads as usual.
      const body = { ...(req.body as Record<string, unknown>) };
      const problem = findBodyProblem(body);
      if (problem !== null) throw new AppError(400, 'bad_request', problem);
      const fields = parseOrThrow(UploadFieldsSchema, body, 'upload');
      const files = spooledFiles(req);
      const user = req.session!.user.username;
      await deps.rateLimit.take(user, files.length);
      const outcome = await deps.service.upload({ files, fields, user });
      if ('one' in outcome) {
        res.status(201).json(outcome.one);
      } else {
        res.status(outcome.batch.failed.length > 0 ? 207 : 201).json(outcome.batch);
      }
    },
  );

  return router;
}
