import type { RequestHandler } from 'express';
import multer from 'multer';
import { badRequest, LibraryError } from '../library-error.ts';

/** The largest upload accepted by default, as on ImageKit's Pro plan. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const FILE_TOO_LARGE =
  'Your request contains invalid file parameter. The file size exceeds limits.';

/**
 * Parses multipart uploads of at most `maxBytes` (the image is held in memory, so this bounds
 * what one upload costs); every parse failure becomes a 400 in ImageKit's words.
 */
export function createUploadBody(maxBytes = DEFAULT_MAX_UPLOAD_BYTES): RequestHandler {
  const parser = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: maxBytes,
      files: 1,
      fields: 100,
      // A base64 `file` field is a third larger than the bytes it carries.
      fieldSize: Math.ceil((maxBytes * 4) / 3) + 100,
    },
  }).single('file');
  return (req, res, next) => uploadBody(parser, req, res, next);
}

function uploadBody(parser: RequestHandler, ...[req, res, next]: Parameters<RequestHandler>) {
  // The multipart parser reads bytes as they come; a compressed body would be misread as a form.
  const encoding = req.get('content-encoding')?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
    return next(
      new LibraryError(
        415,
        'Your request has an unsupported Content-Encoding. Send uploads as is.',
      ),
    );
  }
  parser(req, res, (error: unknown) => {
    if (!error) return next();
    next(toLibraryError(error));
  });
}

function toLibraryError(error: unknown): LibraryError {
  if (error instanceof multer.MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE' || error.code === 'LIMIT_FIELD_VALUE') {
      return badRequest(FILE_TOO_LARGE);
    }
    if (error.code === 'LIMIT_UNEXPECTED_FILE') {
      return badRequest(`Your request contains an unexpected file field: ${error.field ?? ''}.`);
    }
    if (error.code === 'LIMIT_FILE_COUNT') {
      return badRequest('Your request contains more than one file; send a single file parameter.');
    }
    if (error.code === 'LIMIT_FIELD_COUNT' || error.code === 'LIMIT_PART_COUNT') {
      return badRequest('Your request contains too many form fields.');
    }
  }
  return badRequest('Your request could not be read as multipart/form-data.');
}
