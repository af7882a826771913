import type { AITag } from '../files/file-details.ts';
import type { FileRecord, ImageFormat, NewFileRecord } from '../files/file-record.ts';

/** A row of `files` as SQLite returns it. */
export interface FileRow {
  seq: number;
  id: string;
  name: string;
  folder: string;
  file_path: string;
  file_type: 'image' | 'non-image';
  mime: string;
  format: ImageFormat;
  width: number;
  height: number;
  size: number;
  has_alpha: number;
  is_private: number;
  is_published: number;
  custom_coordinates: string | null;
  description: string | null;
  custom_metadata: string;
  embedded_metadata: string;
  version_id: string;
  version_number: number;
  created_at: number;
  updated_at: number;
}

export interface TagRow {
  file_seq: number;
  kind: 'user' | 'ai';
  tag: string;
  confidence: number | null;
  source: string | null;
}

export const FILE_COLUMNS = `f.seq, f.id, f.name, f.folder, f.file_path, f.file_type, f.mime,
  f.format, f.width, f.height, f.size, f.has_alpha, f.is_private, f.is_published,
  f.custom_coordinates, f.description, f.custom_metadata, f.embedded_metadata, f.version_id,
  f.version_number, f.created_at, f.updated_at`;

export function toRow(record: NewFileRecord): Omit<FileRow, 'seq'> {
  return {
    id: record.id,
    name: record.name,
    folder: record.folder,
    file_path: record.filePath,
    file_type: record.fileType,
    mime: record.mime,
    format: record.format,
    width: record.width,
    height: record.height,
    size: record.size,
    has_alpha: record.hasAlpha ? 1 : 0,
    is_private: record.isPrivateFile ? 1 : 0,
    is_published: record.isPublished ? 1 : 0,
    custom_coordinates: record.customCoordinates,
    description: record.description,
    custom_metadata: JSON.stringify(record.customMetadata),
    embedded_metadata: JSON.stringify(record.embeddedMetadata),
    version_id: record.versionId,
    version_number: record.versionNumber,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

export function fromRow(row: FileRow, tags: TagRow[]): FileRecord {
  return {
    seq: row.seq,
    id: row.id,
    name: row.name,
    folder: row.folder,
    filePath: row.file_path,
    fileType: row.file_type,
    mime: row.mime,
    format: row.format,
    width: row.width,
    height: row.height,
    size: row.size,
    hasAlpha: row.has_alpha === 1,
    isPrivateFile: row.is_private === 1,
    isPublished: row.is_published === 1,
    customCoordinates: row.custom_coordinates,
    description: row.description,
    customMetadata: JSON.parse(row.custom_metadata) as Record<string, unknown>,
    embeddedMetadata: JSON.parse(row.embedded_metadata) as Record<string, unknown>,
    tags: tags.filter((t) => t.kind === 'user').map((t) => t.tag),
    aiTags: tags.filter((t) => t.kind === 'ai').map(toAITag),
    versionId: row.version_id,
    versionNumber: row.version_number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toAITag(row: TagRow): AITag {
  return { name: row.tag, confidence: row.confidence ?? 0, source: row.source ?? '' };
}
