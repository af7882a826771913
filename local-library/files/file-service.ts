import { randomBytes } from 'node:crypto';
import { isFileId } from './file-id.ts';
import type { FileRepository } from '../db/file-repository.ts';
import type { FolderRepository } from '../db/folder-repository.ts';
import { FILE_NOT_FOUND, INVALID_FILE_ID, LibraryError, badRequest } from '../library-error.ts';
import type { FieldSet } from '../metadata/custom-field.ts';
import { applyCustomMetadata } from '../metadata/metadata-change.ts';
import type { FileStore } from '../storage/file-store.ts';
import { checkCustomCoordinates } from './detail-rules.ts';
import { withUniqueSuffix } from './file-name.ts';
import type { FileRecord, NewFileRecord } from './file-record.ts';
import { probeImage, type ImageFacts } from './image-probe.ts';
import { applyUpdateBody } from './update-request.ts';
import type { UploadRequest } from './upload-request.ts';

export interface FileService {
  /** The one way files enter the library: uploads and the sample seed both come through here. */
  addImage(data: Buffer, request: UploadRequest): Promise<FileRecord>;
  getFile(fileId: string): FileRecord;
  updateDetails(fileId: string, body: unknown): FileRecord;
  /** Removes the file, its versions and every rendering of it. */
  deleteFile(fileId: string): Promise<void>;
}

interface Dependencies {
  files: FileRepository;
  folders: FolderRepository;
  store: FileStore;
  /** The live custom metadata fields, read when a request needs them. */
  customFields: () => FieldSet;
  /** Images whose header announces more pixels are refused before they are decoded. */
  maxInputPixels?: number;
}

export const newId = () => randomBytes(12).toString('hex');

/** A later time than `previous`, so every change gives the file a new `?updatedAt=` URL. */
export const stamp = (previous: number) => Math.max(Date.now(), previous + 1);

export function createFileService(deps: Dependencies): FileService {
  const { files, folders, store } = deps;
  // Choosing a path and claiming it must not interleave between two uploads of the same name.
  let pathLock: Promise<unknown> = Promise.resolve();
  function exclusively<T>(task: () => Promise<T>): Promise<T> {
    const result = pathLock.then(task);
    pathLock = result.catch(() => undefined);
    return result;
  }

  function getFile(fileId: string): FileRecord {
    if (!isFileId(fileId)) throw badRequest(INVALID_FILE_ID);
    const file = files.findById(fileId);
    if (!file) throw new LibraryError(404, FILE_NOT_FOUND);
    return file;
  }

  function choosePath(request: UploadRequest): { name: string; existing: FileRecord | null } {
    if (!request.useUniqueFileName) {
      const existing = files.findByPath(request.folder + request.fileName);
      if (existing && !request.overwriteFile) {
        throw badRequest(
          'A file with the same name already exists at the exact location. We could not overwrite it because both overwriteFile and useUniqueFileName are set to false.',
        );
      }
      return { name: request.fileName, existing };
    }
    for (;;) {
      const name = withUniqueSuffix(request.fileName);
      if (!files.findByPath(request.folder + name)) return { name, existing: null };
    }
  }

  async function save(data: Buffer, facts: ImageFacts, request: UploadRequest, fields: FieldSet) {
    const { name, existing } = choosePath(request);
    const id = existing?.id ?? newId();
    // ImageKit's first version shares the file's id; an overwrite is a new version of the file.
    const versionId = existing ? newId() : id;
    await store.writeOriginal(id, versionId, data);
    // Read again after the write: a details update may have landed while it ran.
    const current = existing && files.findById(id);
    if (current) {
      const record = overwritten(current, versionId, data, facts, request, fields);
      files.update(record);
      await store.removeVersion(id, current.versionId);
      return record;
    }
    const record = created({ id, versionId, name }, data, facts, request, fields);
    folders.ensure(request.folder, record.createdAt);
    return files.insert(record);
  }

  return {
    async addImage(data, request) {
      const facts = await probeImage(data, deps.maxInputPixels);
      const fields = deps.customFields();
      // Checked before anything is stored, so that a bad value leaves no trace.
      applyCustomMetadata({}, request.customMetadata ?? {}, fields);
      const checked: UploadRequest = {
        ...request,
        customCoordinates:
          request.customCoordinates === null
            ? null
            : checkCustomCoordinates(request.customCoordinates, facts),
      };
      return exclusively(() => save(data, facts, checked, fields));
    },
    getFile,
    updateDetails(fileId, body) {
      const file = getFile(fileId);
      const changed = applyUpdateBody(file, body, deps.customFields());
      if (!changed) return file;
      const record = { ...changed, updatedAt: stamp(file.updatedAt) };
      files.update(record);
      return record;
    },
    async deleteFile(fileId) {
      const file = getFile(fileId);
      files.deleteByIds([file.id]);
      await store.removeFile(file.id);
    },
  };
}

function created(
  ids: { id: string; versionId: string; name: string },
  data: Buffer,
  facts: ImageFacts,
  request: UploadRequest,
  fields: FieldSet,
): NewFileRecord {
  const now = Date.now();
  return {
    ...contentFields(data, facts),
    ...ids,
    folder: request.folder,
    filePath: request.folder + ids.name,
    isPrivateFile: request.isPrivateFile,
    isPublished: request.isPublished,
    customCoordinates: request.customCoordinates,
    description: request.description,
    customMetadata: applyCustomMetadata({}, request.customMetadata ?? {}, fields),
    tags: request.tags ?? [],
    aiTags: [],
    versionNumber: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** ImageKit's overwrite rules: fields left out of the request are cleared unless told not to. */
function overwritten(
  old: FileRecord,
  versionId: string,
  data: Buffer,
  facts: ImageFacts,
  request: UploadRequest,
  fields: FieldSet,
): FileRecord {
  const kept = request.customMetadata || request.overwriteCustomMetadata ? {} : old.customMetadata;
  const customMetadata = applyCustomMetadata(kept, request.customMetadata ?? {}, fields);
  return {
    ...old,
    ...contentFields(data, facts),
    isPrivateFile: request.isPrivateFile,
    isPublished: request.isPublished,
    customCoordinates: request.customCoordinates,
    description: request.description ?? old.description,
    customMetadata,
    tags: request.tags ?? (request.overwriteTags ? [] : old.tags),
    aiTags: request.overwriteAITags ? [] : old.aiTags,
    versionId,
    versionNumber: old.versionNumber + 1,
    updatedAt: stamp(old.updatedAt),
  };
}

function contentFields(data: Buffer, facts: ImageFacts) {
  return {
    fileType: 'image' as const,
    mime: facts.mime,
    format: facts.format,
    width: facts.width,
    height: facts.height,
    size: data.length,
    hasAlpha: facts.hasAlpha,
    embeddedMetadata: facts.embeddedMetadata,
  };
}
