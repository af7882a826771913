import { describe, expect, it } from 'vitest';
import type { RawResponse } from '../raw-http.ts';
import { answerProblems, IMAGEKIT_HELP } from './answer-check.ts';
import type { FuzzRequest } from './fuzz-request.ts';

const request = (parts: Partial<FuzzRequest>): FuzzRequest => ({
  family: 'test',
  label: 'test',
  target: 'app',
  method: 'PATCH',
  path: '/api/files/abc/details',
  headers: {},
  expected: [400],
  ...parts,
});

const json = (status: number, body: unknown): RawResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  text: JSON.stringify(body),
});

const text = (status: number, body: string, cacheControl = 'no-store'): RawResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cacheControl },
  text: body,
});

const tagsRefused = {
  error: {
    code: 'validation_failed',
    message: 'Invalid change: tags: bad.',
    details: ['tags: bad.'],
  },
};

describe('answerProblems', () => {
  it('when tagcrop refuses for the reason sent, then there is nothing to say', () => {
    expect(answerProblems(request({ names: /tags/ }), json(400, tagsRefused))).toEqual([]);
  });

  it('when a 400 names another field than the one sent, then that is a problem', () => {
    expect(answerProblems(request({ names: /customCoordinates/ }), json(400, tagsRefused))).toEqual(
      ['message does not name /customCoordinates/'],
    );
  });

  it('when the status is a 5xx, or the code another, then each is a problem', () => {
    const problems = answerProblems(
      request({ expectedCode: 'bad_request' }),
      json(500, { error: { code: 'internal', message: 'Something went wrong.' } }),
    );
    expect(problems).toEqual([
      'status 500, expected 400',
      'status 500 is not a 4xx',
      'code internal is not bad_request',
    ]);
  });

  it('when the library answers without ImageKit help, or in HTML, then that is a problem', () => {
    const library = request({ target: 'library', path: '/local/v1/files', names: /limit/ });
    const ok = json(400, { message: 'Invalid limit parameter.', help: IMAGEKIT_HELP });
    expect(answerProblems(library, ok)).toEqual([]);
    expect(answerProblems(library, json(400, { message: 'Invalid limit parameter.' }))).toEqual([
      'help is undefined',
    ]);
    const html = { ...ok, headers: { 'content-type': 'text/html' } };
    expect(answerProblems(library, html)).toEqual(['content-type text/html']);
  });

  it('when delivery refuses in plain text or in a way that may be cached, then that is a problem', () => {
    const delivery = request({
      target: 'library',
      path: '/local/media/a.jpg?tr=w-0',
      names: /w-0/,
    });
    const refusal = { message: 'Invalid "w-0".', help: IMAGEKIT_HELP };
    const noStore = (res: ReturnType<typeof json>) => ({
      ...res,
      headers: { ...res.headers, 'cache-control': 'no-store' },
    });
    expect(answerProblems(delivery, noStore(json(400, refusal)))).toEqual([]);
    expect(answerProblems(delivery, json(400, refusal))).toEqual(['a refusal may be cached']);
    expect(answerProblems(delivery, text(400, 'Invalid "w-0".'))).toEqual([
      'content-type text/plain; charset=utf-8',
    ]);
  });

  it('when a message shows a stack or "undefined", then that is a problem', () => {
    const leak = {
      message: 'Cannot read undefined\n    at parse (/srv/app.ts:12:3)',
      help: IMAGEKIT_HELP,
    };
    const problems = answerProblems(
      request({ target: 'library', path: '/local/v1/files' }),
      json(400, leak),
    );
    expect(problems).toEqual([expect.stringMatching(/^message "/), 'message shows internals']);
  });
});
