import { describe, expect, it } from 'vitest';
import type { FileDetails } from './file-details.ts';
import { fileETag, fileVersion } from './file-version.ts';

const FILE = {
  fileId: 'abc',
  versionInfo: { id: 'abc', name: 'Version 1' },
  updatedAt: '2026-11-01T10:00:00.000Z',
  tags: ['red', 'shoe'],
  AITags: null,
  customCoordinates: '1,2,3,4',
  customMetadata: { brand: 'Acme', color: 'red' },
  name: 'shoe.jpg',
  filePath: '/shoe.jpg',
  isPrivateFile: false,
  isPublished: true,
} as unknown as FileDetails;

describe('fileVersion', () => {
  it('when nothing changed, then the version is the same (metadata key order aside)', () => {
    const reordered = { ...FILE, customMetadata: { color: 'red', brand: 'Acme' } };
    expect(fileVersion(reordered)).toBe(fileVersion({ ...FILE }));
    expect(fileETag(FILE)).toBe(`"${fileVersion(FILE)}"`);
    expect(fileVersion(FILE)).toMatch(/^v[0-9a-f]{16}$/);
  });

  it.each<[string, Partial<FileDetails>]>([
    ['tags, within the same second', { tags: ['red'] }],
    ['tag order', { tags: ['shoe', 'red'] }],
    ['the region', { customCoordinates: null }],
    ['the description', { description: 'A shoe' }],
    ['custom metadata', { customMetadata: { brand: 'Other', color: 'red' } }],
    ['updatedAt', { updatedAt: '2026-11-01T10:00:01.000Z' }],
    ['the image itself', { versionInfo: { id: 'v2', name: 'Version 2' } }],
  ])('when %s changed, then the version differs', (_what, change) => {
    expect(fileVersion({ ...FILE, ...change })).not.toBe(fileVersion(FILE));
  });
});
