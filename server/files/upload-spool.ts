import type { Request, RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import multer from 'multer';
import { MAX_FILES_PER_UPLOAD } from '../../common/api/upload.ts';
import { AppError } from '../errors.ts';

/** An uploaded file as it waits on disk: where, what it was called, how big. */
export interface SpooledFile {
  path: string;
  /** The part's own file name, exactly as sent (directories included, so tricks are seen). */
  name: string;
  size: number;
}

// The text fields are four short ones; generous room, still a few kilobytes in memory at most.
const FIELD_LIMITS = { fields: 8, fieldSize: 4096, fieldNameSize: 100, headerPairs: 20 };

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function toAppError(error: unknown, maxBytes: number): unknown {
  if (error instanceof multer.MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE': {
        // multer 2 names the file; its published types do not say so yet.
        const name = (error as { filename?: string }).filename ?? 'A file';
        return new AppError(
          413,
          'payload_too_large',
          `"${name}" is larger than ${megabytes(maxBytes)}, the most one image may be.`,
        );
      }
      case 'LIMIT_FILE_COUNT':
        return new AppError(
          400,
          'validation_failed',
          `At most ${MAX_FILES_PER_UPLOAD} files can be uploaded in one request.`,
        );
      case 'LIMIT_UNEXPECTED_FILE':
        return new AppError(
          400,
          'validation_failed',
          `Send images in the "file" field; "${error.field ?? ''}" is not one.`,
        );
      default:
        return new AppError(400, 'bad_request', `The upload's form was refused: ${error.message}.`);
    }
  }
  // A system error (a full disk) is ours, not the caller's: it goes on as a 500.
  if (typeof (error as { code?: unknown })?.code === 'string') return error;
  return new AppError(400, 'bad_request', 'The upload could not be read as multipart/form-data.');
}

/** The files multer wrote for this request, in the order they came. */
export function spooledFiles(req: Request): SpooledFile[] {
  const files = Array.isArray(req.files) ? (req.files as Express.Multer.File[]) : [];
  // A part refused while it was being written (too large, the 51st) is listed with no file.
  return files
    .filter((file) => typeof file.path === 'string')
    .map((file) => ({ path: file.path, name: file.originalname, size: file.size }));
}

/**
 * Reads a multipart upload onto disk under `dir`, never into memory: each file streams to its own
 * spool file, refused (and removed) as soon as it passes `maxBytes`, as is the whole request at
 * its 51st file. The spool files are removed when the answer has gone, whatever it was.
 */
export function uploadSpool(options: { dir: string; maxBytes: number }): RequestHandler {
  const parser = multer({
    storage: multer.diskStorage({ destination: options.dir }),
    limits: { ...FIELD_LIMITS, fileSize: options.maxBytes, files: MAX_FILES_PER_UPLOAD },
    // Keep the names as sent, so "../x.jpg" is refused rather than quietly cut to "x.jpg".
    preservePath: true,
    defParamCharset: 'utf8',
  }).array('file');

  return (req, res, next) => {
    const encoding = req.get('content-encoding')?.trim().toLowerCase();
    if (encoding && encoding !== 'identity') {
      throw new AppError(415, 'unsupported_media_type', 'Send uploads without a Content-Encoding.');
    }
    if (!req.is('multipart/form-data')) {
      throw new AppError(
        415,
        'unsupported_media_type',
        'Send the upload as multipart/form-data, with the image in the "file" field.',
      );
    }
    res.once('close', () => {
      for (const file of spooledFiles(req)) fs.rm(file.path, { force: true }, () => undefined);
    });
    parser(req, res, (error: unknown) =>
      next(error ? toAppError(error, options.maxBytes) : undefined),
    );
  };
}

/** Uploads wait here while they are checked; what a crash left behind is cleared at start. */
export function emptySpoolDir(dataDir: string): string {
  const dir = path.join(dataDir, 'upload-spool');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
