/**
 * Names an upload may give: a file name and the folder it goes into. Refused rather than
 * rewritten, so what a person sees in the library is what they asked for; ImageKit would turn
 * other characters of a file name into "_", which is harmless, so those pass.
 */
export const MAX_FILE_NAME_CHARS = 200;
const MAX_FOLDER_DEPTH = 20;

// C0 and C1 controls: a name with a line break or a NUL is never what someone meant.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

// ImageKit's folder alphabet; anything else it would silently turn into "_".
const FOLDER_SEGMENT = /^[A-Za-z0-9_-]{1,100}$/;

/** Why a file name cannot be used, or null. A name names a file: no path travels in it. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'A file name cannot be empty.';
  if (CONTROL_CHARS.test(name)) return 'A file name cannot contain control characters.';
  if (/[/\\]/.test(name))
    return 'A file name cannot contain "/" or "\\": it is a name, not a path.';
  if (name.includes('..')) return 'A file name cannot contain "..".';
  if (name.length > MAX_FILE_NAME_CHARS) {
    return `A file name can have at most ${MAX_FILE_NAME_CHARS} characters.`;
  }
  return null;
}

/** Why a folder cannot take uploads, or null: a path inside the library such as /products/shoes/. */
export function uploadFolderProblem(folder: string): string | null {
  if (CONTROL_CHARS.test(folder)) return 'A folder cannot contain control characters.';
  if (folder.includes('\\')) return 'A folder uses "/" between names, never "\\".';
  if (!folder.startsWith('/')) {
    return 'A folder is a path inside the library starting with "/", such as /products/shoes/.';
  }
  const segments = folder.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) {
    return 'A folder cannot contain "." or ".." steps.';
  }
  const odd = segments.find((s) => !FOLDER_SEGMENT.test(s));
  if (odd !== undefined) {
    return `Folder names use letters, digits, "_" and "-" (at most 100), which "${odd.slice(0, 40)}" does not.`;
  }
  if (segments.length > MAX_FOLDER_DEPTH) {
    return `A folder can be at most ${MAX_FOLDER_DEPTH} levels deep.`;
  }
  return null;
}
