import type { Database } from 'better-sqlite3';
import type { AITag } from '../../../common/file-details.ts';
import type { FileRecord, ImageFormat, NewFileRecord } from '../files/file-record.ts';
import type { SqlFragment, SqlParam } from '../search/search-to-sql.ts';

export const SORT_COLUMNS = {
  NAME: 'f.name',
  CREATED: 'f.created_at',
  UPDATED: 'f.updated_at',
  HEIGHT: 'f.height',
  WIDTH: 'f.width',
  SIZE: 'f.size',
} as const;

export type SortColumn = keyof typeof SORT_COLUMNS;

export interface FileListQuery {
  /** One folder (no subfolders), in FileRecord.folder form; null for the whole library. */
  folder: string | null;
  fileType: 'all' | 'image' | 'non-image';
  sort: { column: SortColumn; descending: boolean };
  limit: number;
  skip: number;
  filter: SqlFragment | null;
}

export interface FileRepository {
  insert(record: NewFileRecord): FileRecord;
  /** Rewrites every column and the tags of an existing file. */
  update(record: FileRecord): void;
  findById(id: string): FileRecord | null;
  findByPath(filePath: string): FileRecord | null;
  list(query: FileListQuery): FileRecord[];
  count(): number;
}

interface FileRow {
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

interface TagRow {
  file_seq: number;
  kind: 'user' | 'ai';
  tag: string;
  confidence: number | null;
  source: string | null;
}

const COLUMNS = `f.seq, f.id, f.name, f.folder, f.file_path, f.file_type, f.mime, f.format, f.width,
  f.height, f.size, f.has_alpha, f.is_private, f.is_published, f.custom_coordinates, f.description,
  f.custom_metadata, f.embedded_metadata, f.version_id, f.version_number, f.created_at, f.updated_at`;

export function createFileRepository(db: Database): FileRepository {
  const insertFile = db.prepare(`INSERT INTO files (id, name, folder, file_path, file_type, mime,
    format, width, height, size, has_alpha, is_private, is_published, custom_coordinates,
    description, custom_metadata, embedded_metadata, version_id, version_number, created_at,
    updated_at) VALUES (@id, @name, @folder, @file_path, @file_type, @mime, @format, @width,
    @height, @size, @has_alpha, @is_private, @is_published, @custom_coordinates, @description,
    @custom_metadata, @embedded_metadata, @version_id, @version_number, @created_at, @updated_at)`);
  const updateFile = db.prepare(`UPDATE files SET name = @name, folder = @folder,
    file_path = @file_path, file_type = @file_type, mime = @mime, format = @format,
    width = @width, height = @height, size = @size, has_alpha = @has_alpha,
    is_private = @is_private, is_published = @is_published,
    custom_coordinates = @custom_coordinates, description = @description,
    custom_metadata = @custom_metadata, embedded_metadata = @embedded_metadata,
    version_id = @version_id, version_number = @version_number, updated_at = @updated_at
    WHERE seq = @seq`);
  const deleteTags = db.prepare('DELETE FROM file_tags WHERE file_seq = ?');
  const insertTag = db.prepare(`INSERT OR IGNORE INTO file_tags
    (file_seq, kind, tag, position, confidence, source) VALUES (?, ?, ?, ?, ?, ?)`);
  const selectById = db.prepare<[string], FileRow>(`SELECT ${COLUMNS} FROM files f WHERE f.id = ?`);
  const selectByPath = db.prepare<[string], FileRow>(
    `SELECT ${COLUMNS} FROM files f WHERE f.file_path = ?`,
  );
  const selectTags = db.prepare<[string], TagRow>(`SELECT file_seq, kind, tag, confidence, source
    FROM file_tags WHERE file_seq IN (SELECT value FROM json_each(?))
    ORDER BY file_seq, kind, position`);
  const countFiles = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM files');

  function writeTags(seq: number, record: NewFileRecord): void {
    deleteTags.run(seq);
    record.tags.forEach((tag, i) => insertTag.run(seq, 'user', tag, i, null, null));
    record.aiTags.forEach((tag, i) =>
      insertTag.run(seq, 'ai', tag.name, i, tag.confidence, tag.source),
    );
  }

  /** Tags of many files in one query, so a page of 1000 files costs two statements. */
  function withTags(rows: FileRow[]): FileRecord[] {
    const bySeq = new Map<number, TagRow[]>();
    if (rows.length > 0) {
      for (const tag of selectTags.all(JSON.stringify(rows.map((row) => row.seq)))) {
        const list = bySeq.get(tag.file_seq) ?? [];
        list.push(tag);
        bySeq.set(tag.file_seq, list);
      }
    }
    return rows.map((row) => fromRow(row, bySeq.get(row.seq) ?? []));
  }

  const insert = db.transaction((record: NewFileRecord): FileRecord => {
    const seq = Number(insertFile.run(toRow(record)).lastInsertRowid);
    writeTags(seq, record);
    return { ...record, seq };
  });

  const update = db.transaction((record: FileRecord): void => {
    updateFile.run({ ...toRow(record), seq: record.seq });
    writeTags(record.seq, record);
  });

  return {
    insert,
    update,
    findById: (id) => withTags(selectById.all(id))[0] ?? null,
    findByPath: (filePath) => withTags(selectByPath.all(filePath))[0] ?? null,
    list(query) {
      const where: string[] = [];
      const params: SqlParam[] = [];
      if (query.folder !== null) {
        where.push('f.folder = ?');
        params.push(query.folder);
      }
      if (query.fileType !== 'all') {
        where.push('f.file_type = ?');
        params.push(query.fileType);
      }
      if (query.filter) {
        where.push(`(${query.filter.sql})`);
        params.push(...query.filter.params);
      }
      const direction = query.sort.descending ? 'DESC' : 'ASC';
      const sql = `SELECT ${COLUMNS} FROM files f
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${SORT_COLUMNS[query.sort.column]} ${direction}, f.seq ${direction}
        LIMIT ? OFFSET ?`;
      const rows = db.prepare<SqlParam[], FileRow>(sql).all(...params, query.limit, query.skip);
      return withTags(rows);
    },
    count: () => countFiles.get()?.n ?? 0,
  };
}

function toRow(record: NewFileRecord): Omit<FileRow, 'seq'> {
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

function fromRow(row: FileRow, tags: TagRow[]): FileRecord {
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
