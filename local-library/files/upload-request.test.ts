import { describe, expect, it } from 'vitest';
import { decodeTextFile, parseUploadFields } from './upload-request.ts';

describe('parseUploadFields', () => {
  it('applies ImageKit defaults', () => {
    expect(parseUploadFields({ fileName: 'a b.jpg' })).toEqual({
      fileName: 'a_b.jpg',
      folder: '/',
      tags: null,
      customCoordinates: null,
      customMetadata: null,
      description: null,
      isPrivateFile: false,
      isPublished: true,
      useUniqueFileName: true,
      overwriteFile: true,
      overwriteTags: true,
      overwriteAITags: true,
      overwriteCustomMetadata: true,
      responseFields: new Set(),
    });
  });

  it('reads every field as the SDK sends it', () => {
    const request = parseUploadFields({
      fileName: 'shoe.jpg',
      folder: 'products/shoes',
      tags: 'sale, new ,,summer',
      customCoordinates: '1,2,3,4',
      customMetadata: '{"brand":"Nike"}',
      description: 'A shoe',
      isPrivateFile: 'true',
      isPublished: 'false',
      useUniqueFileName: 'false',
      responseFields: 'tags,customCoordinates',
    });
    expect(request).toMatchObject({
      folder: '/products/shoes/',
      tags: ['sale', 'new', 'summer'],
      customCoordinates: '1,2,3,4',
      customMetadata: { brand: 'Nike' },
      description: 'A shoe',
      isPrivateFile: true,
      isPublished: false,
      useUniqueFileName: false,
    });
    expect([...request.responseFields]).toEqual(['tags', 'customCoordinates']);
  });

  const invalid: [Record<string, unknown>, string][] = [
    [{}, 'Your request is missing fileName parameter.'],
    [{ fileName: '' }, 'Your request is missing fileName parameter.'],
    [
      { fileName: 'a.jpg', isPrivateFile: 'yes' },
      'Your request contains invalid value for isPrivateFile parameter. It should be true or false.',
    ],
    [{ fileName: 'a.jpg', customMetadata: '[1]' }, 'Invalid custom metadata.'],
    [{ fileName: 'a.jpg', customMetadata: '{oops' }, 'Invalid custom metadata.'],
    [
      { fileName: 'a.jpg', tags: '100%' },
      'Your request contains invalid value for tags parameter. Tags cannot contain the "%" character.',
    ],
    [
      { fileName: ['a.jpg', 'b.jpg'] },
      'Your request contains invalid value for fileName parameter.',
    ],
  ];
  it.each(invalid)('rejects %j', (fields, message) => {
    expect(() => parseUploadFields(fields)).toThrow(
      expect.objectContaining({ status: 400, message }),
    );
  });
});

describe('decodeTextFile', () => {
  it('decodes plain base64 and data URIs', () => {
    expect(decodeTextFile(Buffer.from('hello').toString('base64')).toString()).toBe('hello');
    expect(
      decodeTextFile(`data:image/png;base64,${Buffer.from('hi').toString('base64')}`).toString(),
    ).toBe('hi');
  });

  it('refuses URLs and text that is not base64', () => {
    expect(() => decodeTextFile('https://example.com/a.jpg')).toThrow(
      /cannot fetch files from URLs/,
    );
    expect(() => decodeTextFile('not base64!')).toThrow(
      'Your request contains invalid file parameter.',
    );
  });
});
