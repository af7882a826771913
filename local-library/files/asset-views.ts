import type { FileDetails } from './file-details.ts';
import type { FileRecord, FolderRecord } from './file-record.ts';

/** The named transformation that ImageKit's `thumbnail` URLs use; delivery defines it. */
export const THUMBNAIL_TRANSFORMATION = 'n-ik_ml_thumbnail';

const iso = (ms: number) => new Date(ms).toISOString();

/** The file as `GET /v1/files/:fileId/details` answers it, in the order ImageKit's spec lists. */
export function toFileDetails(file: FileRecord, urlEndpoint: string): FileDetails {
  const url = `${urlEndpoint}${file.filePath}?updatedAt=${file.updatedAt}`;
  const details: FileDetails = {
    fileId: file.id,
    type: 'file',
    name: file.name,
    filePath: file.filePath,
    tags: file.tags.length > 0 ? file.tags : null,
    AITags: file.aiTags.length > 0 ? file.aiTags : null,
    versionInfo: versionInfo(file),
    isPrivateFile: file.isPrivateFile,
    isPublished: file.isPublished,
    customCoordinates: file.customCoordinates,
    url,
    thumbnail: `${url}&tr=${THUMBNAIL_TRANSFORMATION}`,
    fileType: file.fileType,
    mime: file.mime,
    width: file.width,
    height: file.height,
    size: file.size,
    hasAlpha: file.hasAlpha,
    customMetadata: file.customMetadata,
    embeddedMetadata: file.embeddedMetadata,
    createdAt: iso(file.createdAt),
    updatedAt: iso(file.updatedAt),
  };
  if (file.description !== null) details.description = file.description;
  return details;
}

export function toFolderDetails(folder: FolderRecord) {
  return {
    type: 'folder' as const,
    folderId: folder.id,
    name: folder.name,
    folderPath: folder.path.replace(/\/$/, ''),
    customMetadata: {},
    createdAt: iso(folder.createdAt),
    updatedAt: iso(folder.updatedAt),
  };
}

/** Fields an upload answers only when `responseFields` asks for them. */
const OPTIONAL_UPLOAD_FIELDS = {
  tags: (file: FileRecord) => (file.tags.length > 0 ? file.tags : null),
  customCoordinates: (file: FileRecord) => file.customCoordinates,
  isPrivateFile: (file: FileRecord) => file.isPrivateFile,
  isPublished: (file: FileRecord) => file.isPublished,
  customMetadata: (file: FileRecord) => file.customMetadata,
  embeddedMetadata: (file: FileRecord) => file.embeddedMetadata,
  metadata: (file: FileRecord) => ({
    height: file.height,
    width: file.width,
    size: file.size,
    format: file.format === 'jpeg' ? 'jpg' : file.format,
    hasTransparency: file.hasAlpha,
  }),
} as const;

/** The upload API's answer: `thumbnailUrl` in path form and no `updatedAt`, as ImageKit's. */
export function toUploadResponse(
  file: FileRecord,
  urlEndpoint: string,
  responseFields: ReadonlySet<string>,
): Record<string, unknown> {
  const response: Record<string, unknown> = {
    fileId: file.id,
    name: file.name,
    size: file.size,
    versionInfo: versionInfo(file),
    filePath: file.filePath,
    url: `${urlEndpoint}${file.filePath}`,
    fileType: file.fileType,
    height: file.height,
    width: file.width,
    thumbnailUrl: `${urlEndpoint}/tr:${THUMBNAIL_TRANSFORMATION}${file.filePath}`,
    AITags: file.aiTags.length > 0 ? file.aiTags : null,
  };
  for (const [field, read] of Object.entries(OPTIONAL_UPLOAD_FIELDS)) {
    if (responseFields.has(field)) response[field] = read(file);
  }
  if (file.description !== null) response.description = file.description;
  return response;
}

function versionInfo(file: FileRecord) {
  return { id: file.versionId, name: `Version ${file.versionNumber}` };
}
