import { UPLOAD_IMAGE_TYPES } from '../../../common/api/upload.ts';

/** Images picked or dropped, not sent yet, and what was left out of them. */
export interface StagedImages {
  files: readonly File[];
  /** Names of dropped files that say they are something else (a PDF, a text file). */
  skipped: readonly string[];
}

export const NOTHING_STAGED: StagedImages = { files: [], skipped: [] };

const ACCEPTED: readonly string[] = UPLOAD_IMAGE_TYPES;

/**
 * Adds files to the staged ones. A file whose declared type is another kind is left out at once
 * (a folder of mixed documents can be dropped); one with no type or an image type goes on, and
 * the server judges it by its bytes. The same file twice (name, size, date) is taken once.
 */
export function stageFiles(staged: StagedImages, added: readonly File[]): StagedImages {
  const key = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;
  const known = new Set(staged.files.map(key));
  const files = [...staged.files];
  const skipped = [...staged.skipped];
  for (const file of added) {
    if (file.type !== '' && !ACCEPTED.includes(file.type)) skipped.push(file.name);
    else if (!known.has(key(file))) {
      known.add(key(file));
      files.push(file);
    }
  }
  return { files, skipped };
}

export function unstage(staged: StagedImages, file: File): StagedImages {
  return { ...staged, files: staged.files.filter((f) => f !== file) };
}
