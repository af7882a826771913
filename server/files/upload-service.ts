import fs from 'node:fs';
import { fileState } from '../../common/api/history.ts';
import type { UploadBatch, UploadFailure, UploadFields } from '../../common/api/upload.ts';
import { parseCoordinates, regionProblems } from '../../common/coordinates.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { fileNameProblem } from '../../common/upload-names.ts';
import type { Catalog } from '../catalog/catalog-service.ts';
import { AppError, validationFailed } from '../errors.ts';
import { stateOf } from '../journal/file-state.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { isOutcomeUnknown } from '../imagekit/upstream-errors.ts';
import type { Journal } from '../journal/journal-store.ts';
import { inspectImage } from './image-inspection.ts';
import type { SpooledFile } from './upload-spool.ts';

export interface UploadServiceDeps {
  imagekit: ImageKitGateway;
  catalog: Catalog;
  /** UPLOAD_MAX_MEGAPIXELS in pixels; the size limit was applied while the body was read. */
  maxPixels: number;
  /** Each upload ImageKit answered is recorded, landed or failed. */
  journal: Pick<Journal, 'record'>;
}

export interface UploadRequest {
  files: SpooledFile[];
  fields: UploadFields;
  /** Who uploads: the journal's author. */
  user: string;
}

/** One file: its FileDetails (201). Several: what landed and what did not (201 or 207). */
export type UploadOutcome = { one: FileDetails } | { batch: UploadBatch };

/** Every problem of one file is told with its name in front, so a batch's answer reads alone. */
function named(name: string, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const message = /^[a-z]/.test(error.message) ? `"${name}" ${error.message}` : error.message;
  return new AppError(error.status, error.code, message, error.options);
}

/**
 * The upload went through but its details could not be read back: say so, so that nobody sends
 * the image again (the catalog's next sync brings it in).
 */
function landedUnread(fileId: string, error: unknown): AppError {
  const why = error instanceof AppError ? ` (${error.message})` : '';
  return new AppError(
    502,
    'upstream_error',
    `The image was uploaded as ${fileId}, but ImageKit did not give its details${why}; it shows in the library after the next sync. Do not upload it again.`,
    { cause: error },
  );
}

/** The whole request's answer when no file of a batch landed: their status when they agree. */
function noneLanded(failed: UploadFailure[]): AppError {
  const [first] = failed;
  const same = failed.every(
    (f) => f.status === first!.status && f.error.code === first!.error.code,
  );
  return new AppError(
    same ? first!.status : 400,
    same ? first!.error.code : 'bad_request',
    `None of the ${failed.length} files was uploaded: ${first!.error.message}`,
    { details: failed.map((f) => f.error.message) },
  );
}

/**
 * Uploads: each file is checked from its own bytes before anything is sent (an image we accept,
 * within the pixel limit, a region that fits it), streamed from the spool to ImageKit, read
 * back as FileDetails and written through to the catalog, as a save is.
 */
export function createUploadService(deps: UploadServiceDeps) {
  const { imagekit, catalog, journal } = deps;

  async function uploadOne(file: SpooledFile, fields: UploadFields, user: string) {
    const fileName = fields.fileName ?? file.name;
    const problem = fileNameProblem(fileName);
    if (problem) throw validationFailed(`"${fileName.slice(0, 80)}": ${problem}`, [problem]);
    const image = await inspectImage(file.path, deps.maxPixels);
    if (fields.customCoordinates) {
      const problems = regionProblems(parseCoordinates(fields.customCoordinates)!, image);
      if (problems.length > 0) {
        throw validationFailed(`Invalid customCoordinates: ${problems[0]}`, problems);
      }
    }
    const content = await fs.openAsBlob(file.path, { type: image.mime });
    // Only what reached ImageKit is journaled; a file refused above was never a change.
    const asked = fileState({
      tags: fields.tags ?? [],
      customCoordinates: fields.customCoordinates ?? null,
    });
    const entry = { user, action: 'upload' as const, before: null };
    const { fileId, requestId } = await imagekit
      .uploadFile(content, { ...fields, fileName })
      .catch(async (error: unknown) => {
        // A lost answer may hide a landed upload; under a unique name it cannot be read back.
        const status = isOutcomeUnknown(error) ? 'unknown' : 'failed';
        const message = error instanceof Error ? error.message : String(error);
        await journal.record({ ...entry, fileId: null, after: asked, status, message });
        throw error;
      });
    const details = await imagekit.getFile(fileId).catch(async (error: unknown) => {
      const message = 'Uploaded; ImageKit did not give its details, so this is what was asked.';
      await journal.record({
        ...entry,
        fileId,
        after: asked,
        status: 'applied',
        requestId,
        message,
      });
      throw landedUnread(fileId, error);
    });
    await catalog.store.upsert([details], { fresh: true });
    await journal.record({
      ...entry,
      fileId,
      after: stateOf(details),
      status: 'applied',
      requestId,
    });
    return details;
  }

  return {
    async upload({ files, fields, user }: UploadRequest): Promise<UploadOutcome> {
      if (files.length === 0) {
        throw validationFailed('Send the image in the "file" field.', []);
      }
      if (files.length === 1) {
        try {
          return { one: await uploadOne(files[0]!, fields, user) };
        } catch (error) {
          throw named(fields.fileName ?? files[0]!.name, error);
        }
      }
      if (fields.fileName !== undefined || fields.customCoordinates !== undefined) {
        throw validationFailed(
          `fileName and customCoordinates are for a single image; this upload has ${files.length}.`,
          [],
        );
      }
      const batch: UploadBatch = { files: [], failed: [] };
      // One after another: each streams at full speed, and a failure stops nothing else.
      for (const file of files) {
        try {
          batch.files.push(await uploadOne(file, fields, user));
        } catch (error) {
          const refused = named(file.name, error);
          if (!(refused instanceof AppError)) throw refused;
          const { status, code, message } = refused;
          batch.failed.push({ fileName: file.name, status, error: { code, message } });
        }
      }
      if (batch.files.length === 0) throw noneLanded(batch.failed);
      return { batch };
    },
  };
}

export type UploadService = ReturnType<typeof createUploadService>;
