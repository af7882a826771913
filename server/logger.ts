import { pino, type Logger } from 'pino';

/**
 * Logs never carry credentials: headers are not logged at all (the SDK's Authorization header
 * holds the private key), and these paths are censored should anything log them anyway.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers',
        'res.headers',
        '*.authorization',
        '*.cookie',
        '*.privateKey',
        '*.password',
        'password',
        'privateKey',
      ],
      censor: '[redacted]',
    },
  });
}
