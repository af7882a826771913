import type { Logger } from 'pino';
import type { AuthService } from './auth/auth-service.ts';
import type { RateEvents } from './db/rate-events.ts';

const SWEEP_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A timer that runs `work` every `ms`, logs its failures, and never keeps the process alive. */
export function every(ms: number, work: () => Promise<unknown>, failure: string, logger: Logger) {
  const timer = setInterval(() => {
    work().catch((error: unknown) => logger.warn({ err: error }, failure));
  }, ms);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Hourly: expired sessions go, and throttle events older than any window (a day). */
export function startSweeps(deps: { auth: AuthService; rateEvents: RateEvents; logger: Logger }) {
  const sessions = every(
    SWEEP_MS,
    () => deps.auth.removeExpiredSessions(),
    'could not remove expired sessions',
    deps.logger,
  );
  const events = every(
    SWEEP_MS,
    () => deps.rateEvents.forgetBefore(Date.now() - DAY_MS),
    'could not forget old throttle events',
    deps.logger,
  );
  return {
    stop() {
      sessions.stop();
      events.stop();
    },
  };
}
