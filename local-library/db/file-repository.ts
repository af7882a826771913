import type { Database } from 'better-sqlite3';
import type { FileRecord, NewFileRecord } from '../files/file-record.ts';
import type { SqlFragment, SqlParam } from '../search/search-to-sql.ts';
import { FILE_COLUMNS, fromRow, toRow, type FileRow, type TagRow } from './file-rows.ts';
import { metadataRows } from './metadata-rows.ts';

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
  /** Rewrites every column, the tags and the metadata index of an existing file. */
  update(record: FileRecord): void;
  /** Several updates in one transaction: all are stored or none. */
  updateMany(records: readonly FileRecord[]): void;
  findById(id: string): FileRecord | null;
  /** The files among `ids` that exist, in no particular order. */
  findByIds(ids: readonly string[]): FileRecord[];
  findByPath(filePath: string): FileRecord | null;
  list(query: FileListQuery): FileRecord[];
  count(): number;
  /** Deletes the files (their tags and metadata go with them); returns how many there were. */
  deleteByIds(ids: readonly string[]): number;
  /** Drops one custom metadata field from every file; `updatedAt` stays as it was. */
  removeMetadataField(name: string): void;
}

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
  const deleteMetadata = db.prepare('DELETE FROM file_metadata WHERE file_seq = ?');
  const insertMetadata = db.prepare(`INSERT OR IGNORE INTO file_metadata
    (file_seq, field, position, kind, value) VALUES (?, ?, ?, ?, ?)`);
  const selectById = db.prepare<[string], FileRow>(
    `SELECT ${FILE_COLUMNS} FROM files f WHERE f.id = ?`,
  );
  const selectByIds = db.prepare<[string], FileRow>(
    `SELECT ${FILE_COLUMNS} FROM files f WHERE f.id IN (SELECT value FROM json_each(?))`,
  );
  const selectByPath = db.prepare<[string], FileRow>(
    `SELECT ${FILE_COLUMNS} FROM files f WHERE f.file_path = ?`,
  );
  const selectTags = db.prepare<[string], TagRow>(`SELECT file_seq, kind, tag, confidence, source
    FROM file_tags WHERE file_seq IN (SELECT value FROM json_each(?))
    ORDER BY file_seq, kind, position`);
  const countFiles = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM files');
  const deleteFiles = db.prepare('DELETE FROM files WHERE id IN (SELECT value FROM json_each(?))');
  const stripField = db.prepare(`UPDATE files SET custom_metadata = json_remove(custom_metadata, ?)
    WHERE json_type(custom_metadata, ?) IS NOT NULL`);
  const dropFieldIndex = db.prepare('DELETE FROM file_metadata WHERE field = ?');

  function writeDependents(seq: number, record: NewFileRecord): void {
    deleteTags.run(seq);
    record.tags.forEach((tag, i) => insertTag.run(seq, 'user', tag, i, null, null));
    record.aiTags.forEach((tag, i) =>
      insertTag.run(seq, 'ai', tag.name, i, tag.confidence, tag.source),
    );
    deleteMetadata.run(seq);
    for (const row of metadataRows(record.customMetadata)) {
      insertMetadata.run(seq, row.field, row.position, row.kind, row.value);
    }
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
    writeDependents(seq, record);
    return { ...record, seq };
  });
  function updateOne(record: FileRecord): void {
    updateFile.run({ ...toRow(record), seq: record.seq });
    writeDependents(record.seq, record);
  }
  const updateMany = db.transaction((records: readonly FileRecord[]) => records.forEach(updateOne));
  const removeMetadataField = db.transaction((name: string) => {
    const path = `$."${name.replace(/["\\]/g, '')}"`;
    stripField.run(path, path);
    dropFieldIndex.run(name);
  });

  return {
    insert,
    update: (record) => updateMany([record]),
    updateMany,
    findById: (id) => withTags(selectById.all(id))[0] ?? null,
    findByIds: (ids) => (ids.length === 0 ? [] : withTags(selectByIds.all(JSON.stringify(ids)))),
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
      const sql = `SELECT ${FILE_COLUMNS} FROM files f
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${SORT_COLUMNS[query.sort.column]} ${direction}, f.seq ${direction}
        LIMIT ? OFFSET ?`;
      const rows = db.prepare<SqlParam[], FileRow>(sql).all(...params, query.limit, query.skip);
      return withTags(rows);
    },
    count: () => countFiles.get()?.n ?? 0,
    deleteByIds: (ids) => (ids.length === 0 ? 0 : deleteFiles.run(JSON.stringify(ids)).changes),
    removeMetadataField,
  };
}
