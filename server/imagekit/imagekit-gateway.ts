import ImageKit from '@imagekit/nodejs';
import type { ListFilesParams } from '../../common/api/list-files.ts';
import type { UpdateDetails } from '../../common/api/update-details.ts';
import type { FileDetails } from '../../common/file-details.ts';
import { toAppError } from './upstream-errors.ts';

export interface ImageKitSettings {
  privateKey: string;
  /** `https://api.imagekit.io`, or the local library's `http://host:port/local`. */
  baseURL: string;
  timeoutMs: number;
}

/**
 * The only code that holds the private key and knows the SDK. Everything it returns is
 * ImageKit's own shape; everything it throws is an AppError.
 */
export function createImageKitGateway(settings: ImageKitSettings) {
  // Our own policy decides about retries (a blind retry of a PATCH multiplies traffic under a
  // rate limit), so the SDK's are off.
  const client = new ImageKit({
    privateKey: settings.privateKey,
    baseURL: settings.baseURL,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
  });

  async function call<T>(request: () => Promise<unknown>): Promise<T> {
    try {
      return (await request()) as T;
    } catch (error) {
      throw toAppError(error, settings.timeoutMs);
    }
  }

  return {
    getFile: (fileId: string) => call<FileDetails>(() => client.files.get(fileId)),

    listFiles: (params: ListFilesParams) =>
      call<FileDetails[]>(() => client.assets.list({ type: 'file', ...params })),

    /** Sends exactly the fields given, nulls included, so only what the user changed travels. */
    updateDetails: (fileId: string, changes: UpdateDetails) =>
      call<FileDetails>(() => client.files.update(fileId, changes)),
  };
}

export type ImageKitGateway = ReturnType<typeof createImageKitGateway>;
