import type { Database } from 'better-sqlite3';
import type { CustomField, FieldRules, FieldType } from '../metadata/custom-field.ts';

export interface CustomFieldRepository {
  insert(field: CustomField): void;
  /** Rewrites label, rules, description and the deleted flag; name and type never change. */
  update(field: CustomField): void;
  findById(id: string): CustomField | null;
  /** Also finds deleted fields: a name is never given out twice. */
  findByName(name: string): CustomField | null;
  findLiveByLabel(label: string): CustomField | null;
  /** Oldest first. */
  list(includeDeleted: boolean): CustomField[];
}

interface FieldRow {
  id: string;
  name: string;
  label: string;
  type: FieldType;
  rules: string;
  description: string | null;
  is_deleted: number;
  created_at: number;
}

const COLUMNS = 'id, name, label, type, rules, description, is_deleted, created_at';

export function createCustomFieldRepository(db: Database): CustomFieldRepository {
  const insert = db.prepare(`INSERT INTO custom_metadata_fields (${COLUMNS})
    VALUES (@id, @name, @label, @type, @rules, @description, @is_deleted, @created_at)`);
  const update = db.prepare(`UPDATE custom_metadata_fields SET label = @label, rules = @rules,
    description = @description, is_deleted = @is_deleted WHERE id = @id`);
  const byId = db.prepare<[string], FieldRow>(
    `SELECT ${COLUMNS} FROM custom_metadata_fields WHERE id = ?`,
  );
  const byName = db.prepare<[string], FieldRow>(
    `SELECT ${COLUMNS} FROM custom_metadata_fields WHERE name = ?`,
  );
  const byLabel = db.prepare<[string], FieldRow>(
    `SELECT ${COLUMNS} FROM custom_metadata_fields WHERE label = ? AND is_deleted = 0`,
  );
  const all = db.prepare<[number], FieldRow>(
    `SELECT ${COLUMNS} FROM custom_metadata_fields WHERE is_deleted <= ? ORDER BY seq`,
  );
  const read = (row: FieldRow | undefined) => (row ? fromRow(row) : null);
  return {
    insert: (field) => void insert.run(toRow(field)),
    update: (field) => void update.run(toRow(field)),
    findById: (id) => read(byId.get(id)),
    findByName: (name) => read(byName.get(name)),
    findLiveByLabel: (label) => read(byLabel.get(label)),
    list: (includeDeleted) => all.all(includeDeleted ? 1 : 0).map(fromRow),
  };
}

function toRow(field: CustomField): FieldRow {
  return {
    id: field.id,
    name: field.name,
    label: field.label,
    type: field.type,
    rules: JSON.stringify(field.rules),
    description: field.description,
    is_deleted: field.isDeleted ? 1 : 0,
    created_at: field.createdAt,
  };
}

function fromRow(row: FieldRow): CustomField {
  return {
    id: row.id,
    name: row.name,
    label: row.label,
    type: row.type,
    rules: JSON.parse(row.rules) as FieldRules,
    description: row.description,
    isDeleted: row.is_deleted === 1,
    createdAt: row.created_at,
  };
}
