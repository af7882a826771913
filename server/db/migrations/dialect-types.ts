import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/**
 * An integer primary key the database numbers itself: SQLite's rowid alias, PostgreSQL's
 * identity column. The only column type the two spell differently in our schema.
 */
export function autoIdColumn<T extends string>(
  table: CreateTableBuilder<T, never>,
  name: string,
  dialect: Dialect,
): CreateTableBuilder<T, never> {
  return table.addColumn(name, 'integer', (col: ColumnDefinitionBuilder) =>
    dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey(),
  );
}
