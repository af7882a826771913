import type { FileDetails } from './file-details.ts';

/**
 * What makes one version of a file differ from another, as far as an editor cares: its content
 * (ImageKit's version id), what tagcrop edits, and `updatedAt`. `updatedAt` alone is not enough:
 * ImageKit's dates may carry whole seconds, so two saves within one second would look the same.
 */
function versionText(file: FileDetails): string {
  return JSON.stringify([
    file.fileId,
    file.versionInfo?.id ?? null,
    file.updatedAt,
    file.tags ?? [],
    (file.AITags ?? []).map((tag) => tag.name),
    file.customCoordinates ?? null,
    file.description ?? '',
    sortedEntries(file.customMetadata ?? {}),
    file.name,
    file.filePath,
    file.isPrivateFile,
    file.isPublished,
  ]);
}

function sortedEntries(record: Record<string, unknown>): Array<[string, unknown]> {
  return Object.keys(record)
    .sort()
    .map((key) => [key, record[key]]);
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a, 64 bits: the same in the browser and the server, with no async crypto API. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The file's version: changes whenever anything an editor sees of it changes. */
export function fileVersion(file: FileDetails): string {
  return `v${fnv1a64(versionText(file))}`;
}

/** The strong ETag `GET /api/files/:fileId` answers with, and what a save names in If-Match. */
export function fileETag(file: FileDetails): string {
  return `"${fileVersion(file)}"`;
}
