import ImageKit, { APIError, toFile, type APIPromise } from '@imagekit/nodejs';
import type { ImageKitListParams } from '../../common/api/list-files.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { AppError } from '../errors.ts';
import { downloadImage, isUnderEndpoint } from './image-download.ts';
import {
  DEFAULT_RETRY_POLICY,
  withRateLimitRetry,
  type RateLimitHold,
  type RetryPolicy,
} from './rate-limit-retry.ts';
import { keyScrubber, REQUEST_ID_HEADER, requestIdIn, toAppError } from './upstream-errors.ts';

export interface ImageKitSettings {
  privateKey: string;
  /** `https://api.imagekit.io`, or the local library's `http://host:port/local`. */
  baseURL: string;
  /** Where images are delivered from; signed URLs are computed relative to it. */
  urlEndpoint: string;
  timeoutMs: number;
  retry?: RetryPolicy;
  /** A 429 shared by every instance on one database (db/rate-limit-hold.ts); none in tests. */
  hold?: RateLimitHold;
}

/** What one bulk tag call did: ImageKit answers 200, 207 (some failed) or 404 (some missing). */
export interface BulkTagOutcome {
  updated: string[];
  failed: Array<{ fileId: string; message: string }>;
  missing: string[];
  /** ImageKit's `x-ik-requestId` for the call, for the journal. */
  requestId: string | null;
}

/** An answer and ImageKit's `x-ik-requestId` for the call that gave it. */
export interface Traced<T> {
  data: T;
  requestId: string | null;
}

export const FILE_MISSING_MESSAGE = 'The requested file does not exist.';

/** A reduced copy is small (a few hundred pixels a side); anything far bigger is not one. */
export const REDUCED_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** A signed URL for our own download is used at once. */
const DOWNLOAD_URL_TTL_SECONDS = 60;
/** Sending an image of UPLOAD_MAX_MB takes longer than an API call may: at least two minutes. */
const MIN_UPLOAD_TIMEOUT_MS = 120_000;

/** What travels with an upload's bytes; tags as a list (the SDK joins them with commas). */
export interface UploadFields {
  fileName: string;
  folder: string;
  tags?: string[];
  customCoordinates?: string;
}

function bulkOutcomeFrom404(error: unknown): BulkTagOutcome | null {
  if (!(error instanceof APIError) || error.status !== 404) return null;
  const missing = (error.error as { missingFileIds?: unknown } | undefined)?.missingFileIds;
  return Array.isArray(missing)
    ? { updated: [], failed: [], missing: missing.map(String), requestId: requestIdIn(error) }
    : null;
}

/**
 * The only code that holds the private key and knows the SDK. Everything it returns is
 * ImageKit's own shape; everything it throws is an AppError.
 */
export function createImageKitGateway(settings: ImageKitSettings) {
  // Our own policy decides about retries (a blind retry of a PATCH multiplies traffic under a
  // rate limit, and may apply a timed-out write twice), so the SDK's are off.
  const client = new ImageKit({
    privateKey: settings.privateKey,
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
  });
  const policy = settings.retry ?? DEFAULT_RETRY_POLICY;
  const scrub = keyScrubber(settings.privateKey);

  async function call<T>(request: () => Promise<unknown>): Promise<T> {
    try {
      return (await withRateLimitRetry(request, policy, undefined, settings.hold)) as T;
    } catch (error) {
      throw toAppError(error, settings.timeoutMs, scrub);
    }
  }

  /** A delivery URL with transformation steps, signed (and expiring) when `expiresIn` is set. */
  function deliveryUrl(url: string, transformation: string | undefined, expiresIn: number | null) {
    return client.helper.buildSrc({
      src: url,
      urlEndpoint: settings.urlEndpoint,
      transformation: transformation ? transformation.split(':').map((raw) => ({ raw })) : [],
      ...(expiresIn === null ? {} : { signed: true, expiresIn }),
    });
  }

  /** A call whose answer comes with ImageKit's request id (the journal keeps it). */
  async function traced<T>(request: () => APIPromise<unknown>): Promise<Traced<T>> {
    try {
      const { data, response } = await withRateLimitRetry(
        () => request().withResponse(),
        policy,
        undefined,
        settings.hold,
      );
      return { data: data as T, requestId: response.headers.get(REQUEST_ID_HEADER) };
    } catch (error) {
      throw toAppError(error, settings.timeoutMs, scrub);
    }
  }

  async function bulkTags(
    kind: 'addTags' | 'removeTags',
    fileIds: string[],
    tags: string[],
  ): Promise<BulkTagOutcome> {
    try {
      const { data, response } = await withRateLimitRetry(
        () => client.files.bulk[kind]({ fileIds, tags }).withResponse(),
        policy,
        undefined,
        settings.hold,
      );
      const body = data as {
        successfullyUpdatedFileIds?: string[];
        errors?: Array<{ fileId: string; error: string }>;
      };
      return {
        updated: body.successfullyUpdatedFileIds ?? [],
        failed: (body.errors ?? []).map((e) => ({ fileId: e.fileId, message: e.error })),
        missing: [],
        requestId: response.headers.get(REQUEST_ID_HEADER),
      };
    } catch (error) {
      const outcome = bulkOutcomeFrom404(error);
      if (outcome) return outcome;
      throw toAppError(error, settings.timeoutMs, scrub);
    }
  }

  return {
    getFile: (fileId: string) => call<FileDetails>(() => client.files.get(fileId)),

    listFiles: (params: ImageKitListParams) =>
      call<FileDetails[]>(() => client.assets.list({ type: 'file', ...params })),

    /**
     * Sends exactly the fields given, nulls included, so only what the user changed travels.
     * Answers ImageKit's FileDetails with the call's request id.
     */
    updateDetails: (fileId: string, changes: UpdateDetails) =>
      traced<FileDetails>(() => client.files.update(fileId, changes)),

    /**
     * Sends `content` to ImageKit's upload API under a new, unique name (never over an existing
     * file); answers ImageKit's `fileId`. A file-backed Blob streams from disk: node's fetch
     * keeps a copy of a request body for redirects unless redirects are refused, so they are.
     * Answers the call's request id with it, for the journal.
     */
    async uploadFile(
      content: Blob,
      fields: UploadFields,
    ): Promise<{ fileId: string; requestId: string | null }> {
      const timeoutMs = Math.max(settings.timeoutMs, MIN_UPLOAD_TIMEOUT_MS);
      const { tags, customCoordinates } = fields;
      try {
        const { data: uploaded, response } = await client.files
          .upload(
            {
              file: await toFile(content, fields.fileName),
              fileName: fields.fileName,
              folder: fields.folder,
              useUniqueFileName: true,
              ...(tags && tags.length > 0 ? { tags } : {}),
              ...(customCoordinates ? { customCoordinates } : {}),
            },
            { timeout: timeoutMs, fetchOptions: { redirect: 'error' } },
          )
          .withResponse();
        if (!uploaded.fileId) throw new Error('ImageKit answered an upload without a fileId.');
        return { fileId: uploaded.fileId, requestId: response.headers.get(REQUEST_ID_HEADER) };
      } catch (error) {
        throw toAppError(error, timeoutMs, scrub);
      }
    },

    /** At most 50 files per call (ImageKit's limit); additive, other tags stay. */
    addTags: (fileIds: string[], tags: string[]) => bulkTags('addTags', fileIds, tags),
    removeTags: (fileIds: string[], tags: string[]) => bulkTags('removeTags', fileIds, tags),

    /** A delivery URL for a private file, signed with the key so the browser never needs it. */
    signedUrl: (url: string, transformation: string | undefined, expiresInSeconds: number) =>
      deliveryUrl(url, transformation, expiresInSeconds),

    /**
     * The image scaled to fit `maxSidePx` × `maxSidePx`, downloaded from the file's own delivery
     * URL as ImageKit reports it, and only when that lies under the configured URL endpoint
     * (signed for private files). Bounded by the configured timeout and REDUCED_IMAGE_MAX_BYTES.
     */
    async reducedImage(
      file: Pick<FileDetails, 'url' | 'isPrivateFile'>,
      maxSidePx: number,
    ): Promise<Buffer> {
      if (!isUnderEndpoint(file.url, settings.urlEndpoint)) {
        throw new AppError(
          502,
          'upstream_error',
          'ImageKit gave this file a URL outside the configured URL endpoint; it is not read.',
        );
      }
      const step = `w-${maxSidePx},h-${maxSidePx},c-at_max`;
      const url = deliveryUrl(file.url, step, file.isPrivateFile ? DOWNLOAD_URL_TTL_SECONDS : null);
      return downloadImage(url, {
        timeoutMs: settings.timeoutMs,
        maxBytes: REDUCED_IMAGE_MAX_BYTES,
      });
    },
  };
}

export type ImageKitGateway = ReturnType<typeof createImageKitGateway>;
