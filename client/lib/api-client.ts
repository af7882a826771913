import { CSRF_HEADER } from '../../common/api/error-envelope.ts';
import { apiErrorFrom, networkError, parseJsonText } from './api-error.ts';

// Callers have always found the error type here; it lives beside its parsing now.
export { ApiError, isApiError, parseRetryAfter, type ApiErrorInit } from './api-error.ts';

// The session answers hand us the token; it lives here so no caller has to thread it through.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  /** Query parameters; `undefined` and empty strings are left out. */
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Headers a call needs beyond the ones every call gets (e.g. `If-Match` on a save). */
  headers?: Record<string, string>;
  /** Given the answer's headers, for the few calls that need one (a save's journal entry). */
  onHeaders?: (headers: Headers) => void;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The one place that talks HTTP: JSON in and out, the session cookie, the CSRF header on every
 * mutating call. Resolves with the parsed body (undefined for 204); rejects with an ApiError.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json' });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  if (method !== 'GET' && csrfToken !== null) headers.set(CSRF_HEADER, csrfToken);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request is not a failure; React Query expects the abort to come through as is.
    if (options.signal?.aborted) throw error;
    throw networkError();
  }

  const text = await response.text();
  if (response.ok) {
    options.onHeaders?.(response.headers);
    return parseJsonText(text, response.status) as T;
  }
  throw apiErrorFrom({
    status: response.status,
    statusText: response.statusText,
    retryAfter: response.headers.get('Retry-After'),
    body: bodyOrNothing(text, response.status),
  });
}

/** An error answer's JSON, or nothing when it has none: the status still says what failed. */
function bodyOrNothing(text: string, status: number): unknown {
  try {
    return parseJsonText(text, status);
  } catch {
    return undefined;
  }
}

export interface UploadProgress {
  /** Bytes of the request body sent so far, of `total`. */
  loaded: number;
  total: number;
}

export interface UploadOptions {
  onProgress?(progress: UploadProgress): void;
  signal?: AbortSignal;
}

/**
 * POSTs a multipart form, reporting how much of it has gone. XMLHttpRequest, because fetch
 * cannot report upload progress; otherwise as apiRequest: the session cookie, the CSRF header,
 * JSON back, an ApiError on failure, the abort passed through as is.
 */
export function uploadRequest<T>(
  path: string,
  form: FormData,
  options: UploadOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken !== null) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (event) =>
      options.onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : 0,
      });
    xhr.onload = () => {
      const { status, statusText, responseText } = xhr;
      try {
        if (status >= 200 && status < 300) return resolve(parseJsonText(responseText, status) as T);
        const retryAfter = xhr.getResponseHeader('Retry-After');
        reject(
          apiErrorFrom({
            status,
            statusText,
            retryAfter,
            body: bodyOrNothing(responseText, status),
          }),
        );
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    if (options.signal?.aborted) return xhr.abort();
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
