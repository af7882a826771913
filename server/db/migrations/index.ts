import type { Migration } from 'kysely';
import { usersAndSessions } from './001-users-and-sessions.ts';
import { tagVocabulary } from './002-tag-vocabulary.ts';
import { catalog } from './003-catalog.ts';
import { savedViews } from './004-saved-views.ts';
import { journalAndRuns } from './005-journal-and-runs.ts';
import { postgresSearchAndOrder } from './006-postgres-search-and-order.ts';
import { rateEvents } from './007-rate-events.ts';
import type { Dialect } from './dialect-types.ts';

/**
 * Numbered schema changes, for both databases: one list, and a change only one of them needs
 * branches inside its migration. Append only: a migration that has shipped is never edited,
 * because databases in the field have already run it.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-users-and-sessions': usersAndSessions(dialect),
    '002-tag-vocabulary': tagVocabulary(dialect),
    '003-catalog': catalog(dialect),
    '004-saved-views': savedViews(dialect),
    '005-journal-and-runs': journalAndRuns(dialect),
    '006-postgres-search-and-order': postgresSearchAndOrder(dialect),
    '007-rate-events': rateEvents(),
  };
}
