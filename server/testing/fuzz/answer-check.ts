import type { RawResponse } from '../raw-http.ts';

/**
 * What is wrong with an error answer, or nothing: a client error (never a 5xx), JSON shaped
 * `{error: {code, message}}`, and a message a person can read without internals in it.
 */
export function errorAnswerProblems(res: RawResponse, expected: readonly number[]): string[] {
  const problems: string[] = [];
  if (!expected.includes(res.status)) {
    problems.push(`status ${res.status}, expected ${expected.join(' or ')}`);
  }
  if (res.status >= 500 || res.status < 400) problems.push(`status ${res.status} is not a 4xx`);
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) {
    problems.push(`content-type ${res.headers['content-type'] ?? '(none)'}`);
    return problems;
  }
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    return [...problems, 'body is not JSON'];
  }
  const error = (
    body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null
  )?.error;
  if (typeof error?.code !== 'string' || error.code === '') problems.push('no error.code');
  const message = error?.message;
  if (typeof message !== 'string' || message.trim().length < 5) {
    problems.push('no readable error.message');
  } else {
    const texts = [message, ...(Array.isArray(error?.details) ? error.details.map(String) : [])];
    for (const text of texts) {
      if (/\bundefined\b|\bNaN\b|\[object /.test(text)) problems.push(`message "${text}"`);
    }
    if (/\n\s+at |\.ts:\d+|node_modules/.test(message)) problems.push('message has a stack trace');
  }
  return problems;
}
