import { z } from 'zod';

/** `GET /api/catalog`, and the answer of `POST /api/catalog/sync`. */
export interface CatalogStatus {
  /** "syncing" while a pass runs in this server; "error" when the last one failed. */
  status: 'syncing' | 'ready' | 'error';
  files: number;
  untagged: number;
  noRegion: number;
  /** Distinct tags in use. */
  tags: number;
  /** ISO time the last pass finished well; null before the first. */
  lastSyncAt: string | null;
  lastFullSyncAt: string | null;
  lastError: string | null;
  /** While syncing: which pass, and how many files it has read so far. */
  progress: { kind: 'full' | 'incremental'; filesRead: number; pages: number } | null;
}

export const CatalogSyncSchema = z.strictObject({
  /** A full reconcile: reads every file and drops the ones ImageKit no longer has. */
  full: z.boolean().optional(),
});

/** One folder of `GET /api/folders`; counts include every subfolder ("this folder and below"). */
export interface FolderCounts {
  path: string;
  files: number;
  untagged: number;
  noRegion: number;
}

export const TAG_SORTS = ['relevance', 'name', 'count', '-count'] as const;

/** `GET /api/tags`. */
export const TagQuerySchema = z.strictObject({
  /** Part of a tag, any case; empty lists every tag. */
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** relevance: exact match, then prefix, then inside, each most used first. */
  sort: z.enum(TAG_SORTS).default('relevance'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type TagQuery = z.output<typeof TagQuerySchema>;

export interface TagCount {
  name: string;
  /** Files carrying exactly this tag (case matters, as it does to ImageKit). */
  count: number;
}

export interface TagList {
  tags: TagCount[];
  /** How many tags match `q` in all. */
  total: number;
}
