import { describe, expect, it } from 'vitest';
import { normalizeFolder, randomSuffix, sanitizeFileName, withUniqueSuffix } from './file-name.ts';

describe('sanitizeFileName', () => {
  const cases: [string, string][] = [
    ['shoe.jpg', 'shoe.jpg'],
    ['Red Shoe (1).JPG', 'Red_Shoe__1_.JPG'],
    ['a-b.c_d.png', 'a-b.c_d.png'],
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['café.png', 'caf_.png'],
    ['日本.jpg', '__.jpg'],
  ];
  it.each(cases)('%j → %j', (input, output) => {
    expect(sanitizeFileName(input)).toBe(output);
  });
});

describe('withUniqueSuffix', () => {
  const cases: [string, string][] = [
    ['shoe.jpg', 'shoe_XYZ.jpg'],
    ['archive.tar.gz', 'archive.tar_XYZ.gz'],
    ['noext', 'noext_XYZ'],
    ['.hidden', '.hidden_XYZ'],
  ];
  it.each(cases)('%j → %j', (input, output) => {
    expect(withUniqueSuffix(input, 'XYZ')).toBe(output);
  });

  it('makes random suffixes of url-safe letters and digits', () => {
    const suffix = randomSuffix();
    expect(suffix).toMatch(/^[A-Za-z0-9]{9}$/);
    expect(randomSuffix()).not.toBe(suffix);
  });
});

describe('normalizeFolder', () => {
  const cases: [string, string][] = [
    ['', '/'],
    ['/', '/'],
    ['products', '/products/'],
    ['/products/shoes', '/products/shoes/'],
    ['//products///shoes//', '/products/shoes/'],
    ['/my folder/', '/my_folder/'],
    ['/../secret/./x', '/__/secret/_/x/'],
  ];
  it.each(cases)('%j → %j', (input, output) => {
    expect(normalizeFolder(input)).toBe(output);
  });
});
