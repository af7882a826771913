import type { FileDetails } from '../../common/file-details.ts';
import { FILE_MISSING_MESSAGE, type ImageKitGateway } from '../imagekit/imagekit-gateway.ts';
import { isOutcomeUnknown, isTransient } from '../imagekit/upstream-errors.ts';
import { readBack } from '../files/read-back.ts';

export interface RetryPolicy {
  /** Calls in all for one chunk's step, the first included. */
  attempts: number;
  /** The wait before the second call; doubled before each further one. */
  firstWaitMs: number;
}

export const DEFAULT_RUN_RETRY: RetryPolicy = { attempts: 4, firstWaitMs: 200 };

/** One file's outcome of one step (adding, or removing, the same tags on many files). */
export type StepOutcome =
  | { kind: 'applied'; requestId: string | null; note?: string }
  | { kind: 'failed'; message: string; missing?: boolean }
  | { kind: 'unknown'; message: string };

export interface StepDeps {
  imagekit: Pick<ImageKitGateway, 'addTags' | 'removeTags'>;
  get(fileId: string): Promise<FileDetails>;
  retry: RetryPolicy;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'ImageKit call failed.';

/** Whether a file shows the step: every added tag there, every removed one gone. */
const showsStep = (file: FileDetails, kind: 'add' | 'remove', tags: readonly string[]) =>
  tags.every((tag) => (file.tags ?? []).includes(tag) === (kind === 'add'));

// Read-backs at once; if the first ones all fail, ImageKit is unreachable and the rest are not tried.
const READ_BACK_PARALLEL = 5;

async function verify(
  deps: StepDeps,
  kind: 'add' | 'remove',
  fileIds: string[],
  tags: string[],
  error: unknown,
): Promise<Map<string, StepOutcome>> {
  const outcomes = new Map<string, StepOutcome>();
  const lost = `ImageKit's answer was lost (${messageOf(error)})`;
  let readable = 0;
  for (let i = 0; i < fileIds.length; i += READ_BACK_PARALLEL) {
    const batch = fileIds.slice(i, i + READ_BACK_PARALLEL);
    const seen =
      i > 0 && readable === 0 ? [] : await Promise.all(batch.map((id) => readBack(deps.get, id)));
    batch.forEach((fileId, j) => {
      const file = seen[j];
      if (file) readable++;
      outcomes.set(
        fileId,
        !file
          ? { kind: 'unknown', message: `${lost}, and the file could not be read back.` }
          : showsStep(file, kind, tags)
            ? {
                kind: 'applied',
                requestId: null,
                note: `${lost}; reading the file back showed the change was made.`,
              }
            : {
                kind: 'failed',
                message: `${messageOf(error)} Reading the file back showed it was not changed.`,
              },
      );
    });
  }
  return outcomes;
}

/**
 * Adds (or removes) `tags` on files in one ImageKit call, answering per file. Adding and
 * removing tags are set operations, so a call whose answer was lost is simply sent again;
 * when every try fails and one of them may have gone through, each file is read back.
 * Files ImageKit reports missing fail the call for all; it is sent again without them.
 */
export async function sendTags(
  deps: StepDeps,
  kind: 'add' | 'remove',
  fileIds: string[],
  tags: string[],
): Promise<Map<string, StepOutcome>> {
  const outcomes = new Map<string, StepOutcome>();
  const call = kind === 'add' ? deps.imagekit.addTags : deps.imagekit.removeTags;
  let pending = fileIds;
  let mayHaveApplied = false;
  let lastError: unknown = null;
  for (let attempt = 1; pending.length > 0 && attempt <= deps.retry.attempts;) {
    try {
      const answer = await call(pending, tags);
      for (const fileId of answer.updated) {
        outcomes.set(fileId, { kind: 'applied', requestId: answer.requestId });
      }
      for (const { fileId, message } of answer.failed)
        outcomes.set(fileId, { kind: 'failed', message });
      for (const fileId of answer.missing) {
        outcomes.set(fileId, { kind: 'failed', message: FILE_MISSING_MESSAGE, missing: true });
      }
      // A 404 names the missing files and changes nothing: the rest go again, as a new call.
      const rest = pending.filter((id) => !outcomes.has(id));
      pending = answer.missing.length > 0 && rest.length < pending.length ? rest : [];
    } catch (error) {
      lastError = error;
      if (!isTransient(error)) break;
      mayHaveApplied ||= isOutcomeUnknown(error);
      if (attempt < deps.retry.attempts) await sleep(deps.retry.firstWaitMs * 2 ** (attempt - 1));
      attempt++;
    }
  }
  if (pending.length === 0) return outcomes;
  const unresolved = mayHaveApplied
    ? await verify(deps, kind, pending, tags, lastError)
    : new Map(
        pending.map((id) => [id, { kind: 'failed', message: messageOf(lastError) } as const]),
      );
  for (const [fileId, outcome] of unresolved) outcomes.set(fileId, outcome);
  return outcomes;
}
