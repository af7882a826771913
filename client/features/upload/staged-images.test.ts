import { describe, expect, it } from 'vitest';
import { NOTHING_STAGED, stageFiles, unstage } from './staged-images.ts';

const file = (name: string, type: string, lastModified = 1) =>
  new File(['x'], name, { type, lastModified });

describe('staging picked or dropped images', () => {
  it('when images and other files are dropped, then the images are staged and the others named', () => {
    const staged = stageFiles(NOTHING_STAGED, [
      file('a.jpg', 'image/jpeg'),
      file('notes.pdf', 'application/pdf'),
      file('b.webp', 'image/webp'),
      file('vector.svg', 'image/svg+xml'),
    ]);
    expect(staged.files.map((f) => f.name)).toEqual(['a.jpg', 'b.webp']);
    expect(staged.skipped).toEqual(['notes.pdf', 'vector.svg']);
  });

  it('when a file has no declared type, then it is staged: the server reads its bytes', () => {
    expect(stageFiles(NOTHING_STAGED, [file('IMG_0001', '')]).files).toHaveLength(1);
  });

  it('when the same file comes twice, then it is staged once; another with its name is kept', () => {
    const once = stageFiles(NOTHING_STAGED, [file('a.png', 'image/png')]);
    const twice = stageFiles(once, [file('a.png', 'image/png'), file('a.png', 'image/png', 2)]);
    expect(twice.files).toHaveLength(2);
  });

  it('when a staged file is removed, then the others stay', () => {
    const a = file('a.png', 'image/png');
    const staged = stageFiles(NOTHING_STAGED, [a, file('b.png', 'image/png')]);
    expect(unstage(staged, a).files.map((f) => f.name)).toEqual(['b.png']);
  });
});
