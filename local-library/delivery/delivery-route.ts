import { Router, type ErrorRequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import type { FileRepository } from '../db/file-repository.ts';
import type { FileRecord } from '../files/file-record.ts';
import type { FileStore } from '../storage/file-store.ts';
import { parseTransformation, TransformError } from './transform-parser.ts';
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
 */
export function createDeliveryRouter(deps: DeliveryDependencies): Router {
  const router = Router();
  // A route (not bare middleware), so the route table lists delivery. The router decodes the
  // wildcard itself and fails on a bad escape with a URIError; the error handler below answers it.
  router.get('/{*filePath}', async (req, res) => {
    const target = parseDeliveryPath(req.path);
    const queryTr = req.query.tr;
    if (!target) return sendText(res, 400, NOT_PERCENT_ENCODED);
    if (queryTr !== undefined && typeof queryTr !== 'string') {
      return sendText(res, 400, 'Malformed image URL: the tr parameter may appear only once.');
    }
    const steps = [...parseTransformation(target.tr), ...parseTransformation(queryTr ?? '')];
    const file = deps.files.findByPath(target.filePath);
    if (!file || !file.isPublished) return sendText(res, 404, 'Image not found.');
    // req.url is relative to the URL endpoint: exactly the part ImageKit's SDKs sign.
    const signature = checkUrlSignature(req.url.slice(1), deps.privateKey, Date.now() / 1000);
    if (signature === 'invalid' || signature === 'expired') {
      return sendText(res, 401, `The URL signature is ${signature}.`);
    }
    if (file.isPrivateFile && signature !== 'valid') {
      return sendText(res, 401, 'This file is private; it is delivered only through a signed URL.');
    }
    const path =
      steps.length === 0
        ? deps.store.originalPath(file.id, file.versionId)
        : await deps.variants.variantPath(file, steps);
    const cacheControl = file.isPrivateFile
      ? PRIVATE
      : req.query.updatedAt === String(file.updatedAt)
        ? IMMUTABLE
        : REVALIDATE;
    sendImage(res, file, path, cacheControl);
  });
  router.use((_req, res) => {
    sendText(res.set('Allow', 'GET, HEAD'), 405, 'Only GET and HEAD are supported.');
  });
  router.use(((error, req, res, _next) => {
    if (error instanceof TransformError) return sendText(res, 400, error.message);
    if (error instanceof URIError) return sendText(res, 400, NOT_PERCENT_ENCODED);
    deps.logger.error({ err: error, path: req.path }, 'local library could not deliver an image');
    // A send that failed midway (e.g. the client went away) can only be cut short.
    if (res.headersSent) res.end();
    else sendText(res, 500, 'The image could not be delivered.');
  }) as ErrorRequestHandler);
  return router;
}

/** Splits `/tr:w-100/products/a.jpg` into its transformation and file path; null if undecodable. */
export function parseDeliveryPath(rawPath: string): { tr: string; filePath: string } | null {
  let segments: string[];
  try {
    segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const tr = segments[0]?.startsWith('tr:') ? segments.shift()!.slice(3) : '';
  return { tr, filePath: `/${segments.join('/')}` };
}

function sendImage(res: Response, file: FileRecord, path: string, cacheControl: string): void {
  res.type(file.mime);
  res.set('Cache-Control', cacheControl);
  res.set('X-Content-Type-Options', 'nosniff');
  // dotfiles: the data directory itself may sit under a hidden folder such as ~/.local.
  res.sendFile(path, { cacheControl: false, dotfiles: 'allow' });
}

function sendText(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain').set('Cache-Control', 'no-store').send(message);
}
