import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createFileRepository } from '../../local-library/db/file-repository.ts';
import { openDatabase } from '../../local-library/db/open-database.ts';
import type { NewFileRecord } from '../../local-library/files/file-record.ts';
import { productSpec, seededRandom } from '../../scripts/product-library-spec.ts';

const DAY = 24 * 3600 * 1000;

/**
 * Writes `count` product files straight into a local library's database (no image bytes: the
 * catalog only lists them), far faster than uploading. Returns the milliseconds it took.
 */
export function seedLibraryDatabase(dataDir: string, count: number): number {
  const started = performance.now();
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dataDir);
  const files = createFileRepository(db);
  const next = seededRandom(42);
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const spec = productSpec(i, count, next);
      const id = `bench${i.toString(16).padStart(19, '0')}`;
      // Every 50th file is a spec sheet, so "type=non-image" has something to find.
      const isImage = i % 50 !== 0;
      const name = isImage ? spec.name : spec.name.replace(/\.jpg$/, '.pdf');
      const createdAt = now - (count - i) * 60_000;
      const record: NewFileRecord = {
        id,
        name,
        folder: spec.folder,
        filePath: `${spec.folder}${name}`,
        fileType: isImage ? 'image' : 'non-image',
        mime: isImage ? 'image/jpeg' : 'application/pdf',
        format: 'jpeg',
        width: spec.width,
        height: spec.height,
        size: 20_000 + Math.floor(next() * 200_000),
        hasAlpha: false,
        isPrivateFile: spec.isPrivate,
        isPublished: true,
        customCoordinates: isImage ? spec.region : null,
        description: null,
        customMetadata: {},
        embeddedMetadata: {},
        tags: spec.tags,
        aiTags: [],
        versionId: id,
        versionNumber: 1,
        createdAt,
        updatedAt: createdAt + Math.floor(next() * 10) * DAY,
      };
      files.insert(record);
    }
  })();
  db.close();
  return performance.now() - started;
}
