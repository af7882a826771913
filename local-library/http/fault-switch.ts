import type { RequestHandler, Response } from 'express';
import { LibraryError } from '../library-error.ts';

/** A failure the library can play: an ImageKit-style server error, or no answer at all. */
export type LibraryFault = { status: 500 | 502 | 503 } | { hang: true };

export interface FaultOptions {
  /** Only the next `times` matching API calls fail; then the fault clears itself. */
  times?: number;
  /** Only API calls whose path under the mount point starts with this, e.g. "/v1/files". */
  pathPrefix?: string;
}

/** Lets tests of a client make the library fail on purpose; `set(null)` ends the fault. */
export interface FaultSwitch {
  set(fault: LibraryFault | null, options?: FaultOptions): void;
}

export interface FaultInjector extends FaultSwitch {
  /** Plays the fault on API calls; placed before auth, as an outage would be. */
  middleware: RequestHandler;
  /** Clears the fault and drops every call a hang is holding, so the server can close. */
  releaseHeld(): void;
}

const MESSAGES = {
  500: 'An internal error occurred.',
  502: 'Bad gateway.',
  503: 'The service is temporarily unavailable.',
} as const;

export function createFaultInjector(): FaultInjector {
  let active: { fault: LibraryFault; remaining: number; pathPrefix: string } | null = null;
  const held = new Set<Response>();

  function set(fault: LibraryFault | null, options: FaultOptions = {}): void {
    if (fault === null) {
      active = null;
      return;
    }
    const times = options.times ?? Number.POSITIVE_INFINITY;
    if (!(times >= 1) || (Number.isFinite(times) && !Number.isInteger(times))) {
      throw new Error('faults.set: times must be a whole number of at least 1.');
    }
    if (!('hang' in fault) && !(fault.status in MESSAGES)) {
      throw new Error('faults.set: status must be 500, 502 or 503.');
    }
    active = { fault, remaining: times, pathPrefix: options.pathPrefix ?? '/' };
  }

  const middleware: RequestHandler = (req, res, next) => {
    const current = active;
    if (!current || !req.path.startsWith(current.pathPrefix)) return next();
    current.remaining -= 1;
    if (current.remaining <= 0) active = null;
    if ('hang' in current.fault) {
      held.add(res);
      res.once('close', () => held.delete(res));
      return;
    }
    next(new LibraryError(current.fault.status, MESSAGES[current.fault.status]));
  };

  return {
    set,
    middleware,
    releaseHeld() {
      active = null;
      for (const res of held) res.destroy();
      held.clear();
    },
  };
}
