import { describe, expect, it } from 'vitest';
import { fileNameProblem, uploadFolderProblem } from './upload-names.ts';

describe('file names an upload may give', () => {
  it.each(['red-shoe.jpg', 'Red Shoe (2).JPG', 'été.png', 'a.b.c.webp', `${'a'.repeat(196)}.png`])(
    'when the name is %j, then it is fine',
    (name) => expect(fileNameProblem(name)).toBeNull(),
  );

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['../../etc/passwd', /"\/" or "\\"/],
    ['..', /"\.\."/],
    ['shoe..jpg', /"\.\."/],
    ['C:\\Windows\\win.ini', /"\/" or "\\"/],
    ['/etc/passwd', /"\/" or "\\"/],
    ['line\nbreak.jpg', /control characters/],
    ['nul\u0000.jpg', /control characters/],
    ['next\u0085line.jpg', /control characters/],
    [`${'a'.repeat(201)}`, /at most 200/],
  ])('when the name is %j, then it is refused', (name, problem) => {
    expect(fileNameProblem(name)).toMatch(problem);
  });
});

describe('folders an upload may go into', () => {
  it.each(['/', '/products/', '/products/shoes', '//products//shoes/', '/a_b/C-9/'])(
    'when the folder is %j, then it is fine',
    (folder) => expect(uploadFolderProblem(folder)).toBeNull(),
  );

  it.each([
    ['products/shoes', /starting with "\/"/],
    ['/products/../../etc', /"\." or "\.\."/],
    ['/./products', /"\." or "\.\."/],
    ['C:\\images', /never "\\"/],
    ['/a\\..\\b', /never "\\"/],
    ['/tab\there/', /control characters/],
    ['/summer sale/', /"summer sale" does not/],
    ['/%2e%2e/', /"%2e%2e" does not/],
    ['/a.b/', /"a\.b" does not/],
    [`/${Array.from({ length: 21 }, () => 'x').join('/')}/`, /at most 20 levels/],
  ])('when the folder is %j, then it is refused', (folder, problem) => {
    expect(uploadFolderProblem(folder)).toMatch(problem);
  });
});
