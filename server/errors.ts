import type { ErrorCode, ErrorEnvelope } from '../common/api/error-envelope.ts';

/** The one error type routes and services throw; the error handler turns it into the envelope. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      details?: string[];
      headers?: Record<string, string>;
      cause?: unknown;
      /** More of the answer beside `error`, e.g. the file as it is now beside a 412. */
      body?: Record<string, unknown>;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
  }

  toEnvelope(): ErrorEnvelope & Record<string, unknown> {
    const { details, body } = this.options;
    return {
      ...body,
      error: { code: this.code, message: this.message, ...(details ? { details } : {}) },
    };
  }
}

export const notFound = (message = 'Not found.') => new AppError(404, 'not_found', message);

export const validationFailed = (message: string, details: string[]) =>
  new AppError(400, 'validation_failed', message, { details });
