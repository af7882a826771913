import { Router, type ErrorRequestHandler, type Request } from 'express';
import type { Logger } from 'pino';
import type { FileRepository } from '../db/file-repository.ts';
import type { FileRecord } from '../files/file-record.ts';
import { parseCoordinates } from '../files/region.ts';
import type { FileStore } from '../storage/file-store.ts';
import { parseDeliveryPath } from './delivery-path.ts';
import { sendError, sendOriginal, sendVariant } from './delivery-responses.ts';
import { resolveOutput } from './output-format.ts';
import { planChain } from './render-plan.ts';
import { parseChain } from './transform-parser.ts';
import { TransformError } from './transform-step.ts';
import { checkUrlSignature } from './url-signature.ts';
import type { VariantCache } from './variant-cache.ts';

export interface DeliveryDependencies {
  /** Signed URLs are keyed with it; it is never shown. */
  privateKey: string;
  files: FileRepository;
  store: FileStore;
  variants: VariantCache;
  logger: Logger;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Without the current `updatedAt` a URL can show other pixels later (a new region changes
// fo-custom output), so caches must revalidate; the ETag keeps that cheap.
const REVALIDATE = 'no-cache';
// A signed URL is a grant to one caller until it expires; shared caches must not keep it.
const PRIVATE = 'private, no-cache';
const NOT_PERCENT_ENCODED = 'Malformed image URL: it is not validly percent-encoded.';

/**
 * Public delivery, `GET|HEAD /<filePath>?tr=...` and `/tr:<steps>/<filePath>`. Files are found
 * by their path in the database, never on disk by that path, so no URL can reach other files.
 * Every refusal is ImageKit's `{message, help}` JSON.
 */
export function createDeliveryRouter(deps: DeliveryDependencies): Router {
  const router = Router();
  // A route (not bare middleware), so the route table lists delivery. The router decodes the
  // wildcard itself and fails on a bad escape with a URIError; the error handler below answers it.
  router.get('/{*filePath}', async (req, res) => {
    const target = parseDeliveryPath(req.path);
    const queryTr = req.query.tr;
    if ('refused' in target) return sendError(res, 400, `Malformed image URL: ${target.refused}.`);
    if (queryTr !== undefined && typeof queryTr !== 'string') {
      return sendError(res, 400, 'Malformed image URL: the tr parameter may appear only once.');
    }
    const steps = parseChain(target.tr, queryTr ?? '');
    const file = deps.files.findByPath(target.filePath);
    if (!file || !file.isPublished) return sendError(res, 404, 'Image not found.');
    // req.url is relative to the URL endpoint: exactly the part ImageKit's SDKs sign.
    const signature = checkUrlSignature(req.url.slice(1), deps.privateKey, Date.now() / 1000);
    if (signature === 'invalid' || signature === 'expired') {
      return sendError(res, 401, `The URL signature is ${signature}.`);
    }
    if (file.isPrivateFile && signature !== 'valid') {
      return sendError(
        res,
        401,
        'This file is private; it is delivered only through a signed URL.',
      );
    }
    const cacheControl = cacheControlFor(req, file);
    // orig-true: the original as uploaded, whatever else the chain says (as documented).
    if (steps.length === 0 || steps.some((step) => step.original)) {
      return sendOriginal(
        res,
        file,
        deps.store.originalPath(file.id, file.versionId),
        cacheControl,
      );
    }
    const region = file.customCoordinates ? parseCoordinates(file.customCoordinates) : null;
    planChain(steps, { width: file.width, height: file.height }, region);
    const output = resolveOutput(steps, file.format, req.get('accept'));
    const variant = await deps.variants.variant(file, steps, output);
    sendVariant(res, variant, output, cacheControl);
  });
  router.use((_req, res) => {
    sendError(res.set('Allow', 'GET, HEAD'), 405, 'Only GET and HEAD are supported.');
  });
  router.use(((error, req, res, _next) => {
    if (error instanceof TransformError) return sendError(res, 400, error.message);
    if (error instanceof URIError) return sendError(res, 400, NOT_PERCENT_ENCODED);
    deps.logger.error({ err: error, path: req.path }, 'local library could not deliver an image');
    // A send that failed midway (e.g. the client went away) can only be cut short.
    if (res.headersSent) res.end();
    else sendError(res, 500, 'The image could not be delivered.');
  }) as ErrorRequestHandler);
  return router;
}

function cacheControlFor(req: Request, file: FileRecord): string {
  if (file.isPrivateFile) return PRIVATE;
  return req.query.updatedAt === String(file.updatedAt) ? IMMUTABLE : REVALIDATE;
}
