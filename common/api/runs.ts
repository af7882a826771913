import { z } from 'zod';
import { tagProblem, TagSchema } from '../tags.ts';

/** A run changes many files: a bulk tag change, a tag rewrite, or the undoing of a run. */
export type RunKind = 'bulk-tags' | 'tag-rename' | 'tag-merge' | 'tag-delete' | 'undo';

/** `stopped`: ImageKit kept failing, so the files not yet sent were left alone. */
export type RunStatus = 'running' | 'done' | 'cancelled' | 'stopped';

export interface RunSummary {
  id: string;
  kind: RunKind;
  user: string;
  /** ISO 8601 */
  at: string;
  finishedAt: string | null;
  status: RunStatus;
  /** The same change for every file; null for an undo, whose change differs per file. */
  change: { add: string[]; remove: string[] } | null;
  /** For a tag rewrite: the tag and its new name (null: deleted). */
  tag: { from: string; to: string | null } | null;
  total: number;
  /** Files whose outcome is known (updated, failed or not sent). */
  done: number;
  updated: number;
  failed: number;
  notSent: number;
  stopReason: string | null;
  /** The run that undid this one. */
  undoneBy: string | null;
  /** For an undo: the run it undid. */
  undoOf: string | null;
}

export interface RunDetails extends RunSummary {
  failures: Array<{ fileId: string; message: string }>;
  notSentIds: string[];
}

/** `GET /api/runs`: newest first. */
export interface RunsAnswer {
  runs: RunSummary[];
}

/**
 * `Prefer: respond-async` (RFC 7240) on a request that starts a run: answer 202 with the run at
 * once and let the client follow it at `GET /api/runs/:runId`, instead of waiting for its end.
 */
export const PREFER_ASYNC = 'respond-async';

const TagNameSchema = TagSchema.superRefine((tag, ctx) => {
  const problem = tagProblem(tag);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const renameOrMerge = (action: 'rename' | 'merge') =>
  z
    .strictObject({ action: z.literal(action), from: TagNameSchema, to: TagNameSchema })
    .refine((body) => body.from !== body.to, { message: 'from and to are the same tag.' });

/**
 * `POST /api/tags/rewrite`: every file carrying `from` (in exactly that spelling: ImageKit's tags
 * are case-sensitive) gets `to` instead; `delete` takes `from` off them all. Runs as a run.
 */
export const TagRewriteSchema = z.discriminatedUnion(
  'action',
  [
    renameOrMerge('rename'),
    renameOrMerge('merge'),
    z.strictObject({ action: z.literal('delete'), from: TagNameSchema }),
  ],
  {
    // zod's "Invalid discriminator value" would not say that `action` was simply left out.
    error: (issue) =>
      issue.code === 'invalid_union' &&
      (issue.input as { action?: unknown } | undefined)?.action === undefined
        ? 'This field is required.'
        : undefined,
  },
);

export type TagRewrite = z.infer<typeof TagRewriteSchema>;
