import { describe, expect, it } from 'vitest';
import { parseListRequest } from './list-request.ts';

describe('parseListRequest, with valid values', () => {
  it('uses ImageKit defaults', () => {
    expect(parseListRequest({})).toEqual({
      type: 'file',
      fileType: 'all',
      sort: { column: 'CREATED', descending: false },
      folder: null,
      search: null,
      limit: 1000,
      skip: 0,
    });
  });

  const cases: [Record<string, string>, object][] = [
    [
      { limit: '1', skip: '0' },
      { limit: 1, skip: 0 },
    ],
    [
      { limit: '1000', skip: '5000' },
      { limit: 1000, skip: 5000 },
    ],
    [{ sort: 'DESC_NAME' }, { sort: { column: 'NAME', descending: true } }],
    [{ sort: 'ASC_SIZE' }, { sort: { column: 'SIZE', descending: false } }],
    [{ sort: 'DESC_RELEVANCE' }, { sort: { column: 'CREATED', descending: true } }],
    [{ path: '/products' }, { folder: '/products/' }],
    [{ path: '/' }, { folder: '/' }],
    [{ path: '' }, { folder: null }],
    [
      { fileType: 'non-image', type: 'all' },
      { fileType: 'non-image', type: 'all' },
    ],
    [{ searchQuery: '' }, { search: null }],
    [
      { searchQuery: 'name = "a"' },
      {
        search: {
          kind: 'condition',
          field: 'name',
          operator: '=',
          value: { kind: 'string', value: 'a' },
        },
      },
    ],
  ];
  it.each(cases)('%j', (query, expected) => {
    expect(parseListRequest(query)).toMatchObject(expected);
  });

  it('accepts every documented sort value', () => {
    for (const field of ['NAME', 'CREATED', 'UPDATED', 'HEIGHT', 'WIDTH', 'SIZE', 'RELEVANCE']) {
      for (const direction of ['ASC', 'DESC']) {
        expect(() => parseListRequest({ sort: `${direction}_${field}` })).not.toThrow();
      }
    }
  });
});

describe('parseListRequest, with invalid values', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ limit: '0' }, 'Minimum value of limit parameter is 1. Value sent is 0.'],
    [{ limit: '2000' }, 'Maximum value of limit parameter is 1000. Value sent is 2000.'],
    [{ limit: 'ten' }, 'Your request contains invalid value for limit parameter.'],
    [{ limit: '1.5' }, 'Your request contains invalid value for limit parameter.'],
    [
      { skip: '-1' },
      'The value of skip parameter should be greater than or equal to 0. Value sent is -1.',
    ],
    [{ skip: '99999999999999999999' }, 'Your request contains invalid value for skip parameter.'],
    [{ sort: 'NAME' }, 'Your request contains invalid value for sort parameters.'],
    [{ sort: 'ASC_COLOR' }, 'Your request contains invalid value for sort parameters.'],
    [{ sort: 'asc_name' }, 'Your request contains invalid value for sort parameters.'],
    [
      { type: 'image' },
      'Your request contains invalid value for type parameter. Please provide one of the following: file, file-version, folder, all.',
    ],
    [
      { fileType: 'video' },
      'Your request contains invalid value for fileType parameter. Please provide one of the following: all, image, non-image.',
    ],
    [{ limit: ['1', '2'] }, 'Your request contains invalid value for limit parameter.'],
    [
      { searchQuery: 'name =' },
      'Your request contains invalid searchQuery parameter. Expected a value at position 7, found the end of the query.',
    ],
  ];
  it.each(cases)('%j', (query, message) => {
    expect(() => parseListRequest(query)).toThrow(
      expect.objectContaining({ status: 400, message }),
    );
  });
});
