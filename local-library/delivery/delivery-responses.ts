import type { Response } from 'express';
import type { FileRecord } from '../files/file-record.ts';
import { ERROR_HELP } from '../library-error.ts';
import { MIME_TYPES, type OutputSettings } from './output-format.ts';
import type { Variant } from './variant-cache.ts';

/** ImageKit's error body; never cached, since the same URL may work once the file exists. */
export function sendError(res: Response, status: number, message: string): void {
  res.status(status).set('Cache-Control', 'no-store').json({ message, help: ERROR_HELP });
}

/** The bytes as uploaded; a version's bytes never change, so its id is a strong ETag. */
export function sendOriginal(
  res: Response,
  file: FileRecord,
  path: string,
  cacheControl: string,
): void {
  res.type(file.mime);
  res.set({
    'Cache-Control': cacheControl,
    ETag: `"${file.versionId}"`,
    'X-Content-Type-Options': 'nosniff',
  });
  // dotfiles: the data directory itself may sit under a hidden folder such as ~/.local.
  res.sendFile(path, { cacheControl: false, dotfiles: 'allow' });
}

/** Express answers 304 itself when If-None-Match holds the variant's ETag. */
export function sendVariant(
  res: Response,
  variant: Variant,
  output: OutputSettings,
  cacheControl: string,
): void {
  res.type(MIME_TYPES[output.format]);
  res.set({
    'Cache-Control': cacheControl,
    ETag: `"${variant.hash}"`,
    'X-Content-Type-Options': 'nosniff',
  });
  if (output.negotiated) res.vary('Accept');
  res.send(variant.data);
}
