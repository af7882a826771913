import type { RawResponse } from '../raw-http.ts';
import type { FuzzRequest } from './fuzz-request.ts';

/** What ImageKit (and so the local library) puts in `help` of every API error. */
export const IMAGEKIT_HELP = 'For support kindly contact us at support@imagekit.io.';

const INTERNALS = /\n\s+at |\.ts:\d+|node_modules/;
const BROKEN_TEXT = /\bundefined\b|\bNaN\b|\[object /;

export const isDeliveryPath = (path: string) => /^\/local\/media(\/|\?|$)/.test(path);

/**
 * What is wrong with the answer to a malformed request, or nothing: the expected client error
 * (never a 5xx), in the shape its server promises, with a message a person can read that names
 * what was refused. tagcrop answers `{error: {code, message, details?}}`; the library's API
 * `{message, help, ...}` as ImageKit does, and its delivery the same, never cached.
 */
export function answerProblems(request: FuzzRequest, res: RawResponse): string[] {
  const problems: string[] = [];
  if (!request.expected.includes(res.status)) {
    problems.push(`status ${res.status}, expected ${request.expected.join(' or ')}`);
  }
  if (res.status >= 500 || res.status < 400) problems.push(`status ${res.status} is not a 4xx`);
  const read =
    request.target === 'app'
      ? readAppError(request, res)
      : isDeliveryPath(request.path)
        ? readDeliveryError(res)
        : readLibraryError(res);
  if (typeof read === 'string') return [...problems, read];
  problems.push(...read.problems);
  const texts = read.texts;
  if (typeof texts[0] !== 'string' || texts[0].trim().length < 5) {
    return [...problems, 'no readable message'];
  }
  for (const text of texts) {
    if (BROKEN_TEXT.test(text)) problems.push(`message "${text.slice(0, 80)}"`);
  }
  if (INTERNALS.test(texts.join('\n'))) problems.push('message shows internals');
  if (request.names && !texts.some((text) => request.names!.test(text))) {
    problems.push(`message does not name ${request.names}`);
  }
  return problems;
}

interface Read {
  /** The message first, then anything else the answer says about the problem. */
  texts: string[];
  problems: string[];
}

function json(res: RawResponse): unknown {
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) {
    return `content-type ${res.headers['content-type'] ?? '(none)'}`;
  }
  try {
    return { value: JSON.parse(res.text) as unknown };
  } catch {
    return 'body is not JSON';
  }
}

function readAppError(request: FuzzRequest, res: RawResponse): Read | string {
  const parsed = json(res);
  if (typeof parsed === 'string') return parsed;
  const { value } = parsed as { value: { error?: Record<string, unknown> } | null };
  const error = value?.error;
  const problems: string[] = [];
  if (typeof error?.code !== 'string' || error.code === '') problems.push('no error.code');
  if (request.expectedCode && error?.code !== request.expectedCode) {
    problems.push(`code ${String(error?.code)} is not ${request.expectedCode}`);
  }
  const details = Array.isArray(error?.details) ? error.details.map(String) : [];
  return { texts: [error?.message as string, ...details], problems };
}

function readLibraryError(res: RawResponse): Read | string {
  const parsed = json(res);
  if (typeof parsed === 'string') return parsed;
  const { value } = parsed as { value: Record<string, unknown> | null };
  const { message, help, ...extra } = value ?? {};
  const problems = help === IMAGEKIT_HELP ? [] : [`help is ${JSON.stringify(help)}`];
  // `errors` (custom metadata) and `missingFileIds` name the fields and files refused.
  return { texts: [message as string, JSON.stringify(extra)], problems };
}

function readDeliveryError(res: RawResponse): Read | string {
  const read = readLibraryError(res);
  if (typeof read === 'string') return read;
  if (res.headers['cache-control'] !== 'no-store') read.problems.push('a refusal may be cached');
  return read;
}
