import ImageKit, { APIError } from '@imagekit/nodejs';
import type { ImageKitListParams } from '../../common/api/list-files.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { DEFAULT_RETRY_POLICY, withRateLimitRetry, type RetryPolicy } from './rate-limit-retry.ts';
import { keyScrubber, toAppError } from './upstream-errors.ts';

export interface ImageKitSettings {
  privateKey: string;
  /** `https://api.imagekit.io`, or the local library's `http://host:port/local`. */
  baseURL: string;
  /** Where images are delivered from; signed URLs are computed relative to it. */
  urlEndpoint: string;
  timeoutMs: number;
  retry?: RetryPolicy;
}

/** What one bulk tag call did: ImageKit answers 200, 207 (some failed) or 404 (some missing). */
export interface BulkTagOutcome {
  updated: string[];
  failed: Array<{ fileId: string; message: string }>;
  missing: string[];
}

export const FILE_MISSING_MESSAGE = 'The requested file does not exist.';

function bulkOutcomeFrom404(error: unknown): BulkTagOutcome | null {
  if (!(error instanceof APIError) || error.status !== 404) return null;
  const missing = (error.error as { missingFileIds?: unknown } | undefined)?.missingFileIds;
  return Array.isArray(missing) ? { updated: [], failed: [], missing: missing.map(String) } : null;
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
      return (await withRateLimitRetry(request, policy)) as T;
    } catch (error) {
      throw toAppError(error, settings.timeoutMs, scrub);
    }
  }

  async function bulkTags(kind: 'addTags' | 'removeTags', fileIds: string[], tags: string[]) {
    try {
      const body = (await withRateLimitRetry(
        () => client.files.bulk[kind]({ fileIds, tags }),
        policy,
      )) as {
        successfullyUpdatedFileIds?: string[];
        errors?: Array<{ fileId: string; error: string }>;
      };
      return {
        updated: body.successfullyUpdatedFileIds ?? [],
        failed: (body.errors ?? []).map((e) => ({ fileId: e.fileId, message: e.error })),
        missing: [],
      } satisfies BulkTagOutcome;
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

    /** Sends exactly the fields given, nulls included, so only what the user changed travels. */
    updateDetails: (fileId: string, changes: UpdateDetails) =>
      call<FileDetails>(() => client.files.update(fileId, changes)),

    /** At most 50 files per call (ImageKit's limit); additive, other tags stay. */
    addTags: (fileIds: string[], tags: string[]) => bulkTags('addTags', fileIds, tags),
    removeTags: (fileIds: string[], tags: string[]) => bulkTags('removeTags', fileIds, tags),

    /** A delivery URL for a private file, signed with the key so the browser never needs it. */
    signedUrl(url: string, transformation: string | undefined, expiresInSeconds: number): string {
      return client.helper.buildSrc({
        src: url,
        urlEndpoint: settings.urlEndpoint,
        transformation: transformation ? transformation.split(':').map((raw) => ({ raw })) : [],
        signed: true,
        expiresIn: expiresInSeconds,
      });
    },
  };
}

export type ImageKitGateway = ReturnType<typeof createImageKitGateway>;
