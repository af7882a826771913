import type { Request, Response } from 'express';
import { PREFER_ASYNC } from '../../common/api/runs.ts';

/** Whether the client asked not to wait (`Prefer: respond-async`, RFC 7240). */
export function prefersAsync(req: Request): boolean {
  return (req.get('Prefer') ?? '').split(',').some(
    (preference) =>
      preference
        .trim()
        .split(/[;=\s]/)[0]
        ?.toLowerCase() === PREFER_ASYNC,
  );
}

/** 202 with what was started and where to follow it. */
export function accepted(res: Response, location: string, body: unknown): void {
  res.status(202).set({ Location: location, 'Preference-Applied': PREFER_ASYNC }).json(body);
}
