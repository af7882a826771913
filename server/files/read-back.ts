import type { FileDetails } from '../../common/file-details.ts';
import { AppError } from '../errors.ts';

/** Tries and waits between them: a read-back follows a failure, so ImageKit may be struggling. */
export const READ_BACK_ATTEMPTS = 4;
const READ_BACK_WAIT_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The file as ImageKit has it now, asked again a few times (a read is safe to repeat); null when
 * it cannot be read, or is gone.
 */
export async function readBack(
  get: (fileId: string) => Promise<FileDetails>,
  fileId: string,
  attempts = READ_BACK_ATTEMPTS,
): Promise<FileDetails | null> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await get(fileId);
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return null;
      if (attempt < attempts) await sleep(READ_BACK_WAIT_MS * attempt);
    }
  }
  return null;
}
