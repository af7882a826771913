import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The library's files on disk. Paths are built only from ids the library generated itself
 * (hex file and version ids, hashed cache keys), never from names a user chose.
 *   originals/<fileId>/<versionId>      the uploaded bytes of each live version
 *   cache/<fileId>/<versionId>/<key>    rendered variants of that version
 */
export interface FileStore {
  originalPath(fileId: string, versionId: string): string;
  writeOriginal(fileId: string, versionId: string, data: Buffer): Promise<void>;
  /** Deletes a replaced version's original and every variant rendered from it. */
  removeVersion(fileId: string, versionId: string): Promise<void>;
  /** Deletes every version of a file and every variant rendered from them. */
  removeFile(fileId: string): Promise<void>;
  /** The folder holding every rendered variant (what the variant cache keeps under budget). */
  readonly cacheDir: string;
  cachePath(fileId: string, versionId: string, key: string): string;
  writeCached(file: string, data: Buffer): Promise<void>;
}

// No leading dot, so neither "." nor ".." (nor hidden files) can ever be produced.
const SAFE_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;

export function createFileStore(dataDir: string): FileStore {
  const originals = path.join(dataDir, 'originals');
  const cache = path.join(dataDir, 'cache');

  function checked(...ids: string[]): string[] {
    for (const id of ids) {
      if (!SAFE_ID.test(id)) throw new Error('Refusing a storage path built from an unsafe id.');
    }
    return ids;
  }

  return {
    originalPath: (fileId, versionId) => path.join(originals, ...checked(fileId, versionId)),
    writeOriginal: (fileId, versionId, data) =>
      writeAtomically(path.join(originals, ...checked(fileId, versionId)), data),
    async removeVersion(fileId, versionId) {
      await fs.promises.rm(path.join(originals, ...checked(fileId, versionId)), { force: true });
      await fs.promises.rm(path.join(cache, ...checked(fileId, versionId)), {
        recursive: true,
        force: true,
      });
    },
    async removeFile(fileId) {
      const options = { recursive: true, force: true };
      await fs.promises.rm(path.join(originals, ...checked(fileId)), options);
      await fs.promises.rm(path.join(cache, ...checked(fileId)), options);
    },
    cacheDir: cache,
    cachePath: (fileId, versionId, key) => path.join(cache, ...checked(fileId, versionId, key)),
    writeCached: writeAtomically,
  };
}

/** Readers never see a half-written file: write beside it, then rename over it. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.promises.writeFile(temporary, data);
  await fs.promises.rename(temporary, file);
}
