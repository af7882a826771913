import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { spooledFiles } from './upload-spool.ts';

const request = (files: unknown) => ({ files }) as unknown as Request;

describe('spooledFiles', () => {
  it('lists the files written, in order, and not a part still being written when the request ended', () => {
    // multer lists a part before its file is written; a request cut short leaves it listed
    // without a path, and removing "undefined" threw out of the response's close handler.
    const written = { path: '/spool/a', originalname: 'a.png', size: 10 };
    const placeholder = { fieldname: 'file', originalname: 'b.png' };
    expect(spooledFiles(request([written, placeholder]))).toEqual([
      { path: '/spool/a', name: 'a.png', size: 10 },
    ]);
  });

  it('when the request has no files, or not a list of them, then none', () => {
    expect(spooledFiles(request(undefined))).toEqual([]);
    expect(spooledFiles(request({ file: [] }))).toEqual([]);
  });
});
