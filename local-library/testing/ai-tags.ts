import type { AITag } from '../files/file-details.ts';
import { createFileRepository } from '../db/file-repository.ts';
import { openDatabase } from '../db/open-database.ts';

/**
 * Gives a file AI tags, as an auto-tagging extension would. The library runs no extensions, so
 * tests arrange AI tags through the repository, on a second connection to the same database.
 */
export function giveAITags(dataDir: string, fileId: string, names: string[]): void {
  const db = openDatabase(dataDir);
  try {
    const files = createFileRepository(db);
    const file = files.findById(fileId);
    if (!file) throw new Error(`No file ${fileId}`);
    const aiTags: AITag[] = names.map((name) => ({
      name,
      confidence: 90,
      source: 'google-auto-tagging',
    }));
    files.update({ ...file, aiTags });
  } finally {
    db.close();
  }
}
