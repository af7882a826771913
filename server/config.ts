import path from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from './db/database.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  // The message never repeats the value: the URL carries the database password.
  DATABASE_URL: optionalText.pipe(
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error: 'must be a PostgreSQL URL (postgres://user:password@host:5432/database), or unset',
      })
      .optional(),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  IMAGEKIT_PRIVATE_KEY: optionalText,
  IMAGEKIT_URL_ENDPOINT: optionalText.pipe(z.url().optional()),
  IMAGEKIT_API_BASE_URL: z.url().default('https://api.imagekit.io'),
  IMAGEKIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  CATALOG_SYNC_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  TAKEOVER_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  TAGCROP_ADMIN_USER: optionalText,
  TAGCROP_ADMIN_PASSWORD: optionalText,
  LOCAL_LIBRARY_PRIVATE_KEY: optionalText,
  // The local library reads this notation itself ("10/1s"); the composition root hands it over.
  LOCAL_LIBRARY_RATE_LIMIT: optionalText.transform((text) => (text === 'off' ? undefined : text)),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(2048).default(25),
  UPLOAD_MAX_MEGAPIXELS: z.coerce.number().int().min(1).max(1000).default(100),
  UPLOAD_RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^\d{1,6}\/\d{1,4}[smh]$/, {
      message: 'write files per user and window, e.g. "300/1h" or "50/10m" (units s, m, h)',
    })
    .default('300/1h'),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/, ]+|loopback|linklocal|uniquelocal)$/, {
      message: 'use false, true, a number of proxies, or addresses/subnets (e.g. loopback)',
    })
    .default('false'),
});

const WINDOW_UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** `"300/1h"` → 300 files per hour (the schema has checked the form). */
function uploadRateLimit(text: string): UploadRateLimit {
  const [, files, count, unit] = /^(\d+)\/(\d+)([smh])$/.exec(text)!;
  return {
    files: Number(files),
    windowMs: Number(count) * WINDOW_UNIT_MS[unit as 's' | 'm' | 'h'],
  };
}

/** Express's `trust proxy` setting from its text form. */
function trustProxySetting(text: string): boolean | number | string {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^\d+$/.test(text) ? Number(text) : text;
}

const blank = (v: string | undefined) => !v || v.trim() === '';

/**
 * Rules that relate several variables. Checked on the raw text, apart from the schema, so that
 * they are reported together with type errors rather than only after those are fixed.
 */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const key = env.IMAGEKIT_PRIVATE_KEY?.trim();
  if (key && !key.startsWith('private_')) {
    problems.push(
      'IMAGEKIT_PRIVATE_KEY: must be an ImageKit private key (it starts with "private_")',
    );
  }
  if (key && blank(env.IMAGEKIT_URL_ENDPOINT)) {
    problems.push(
      'IMAGEKIT_URL_ENDPOINT: is required with IMAGEKIT_PRIVATE_KEY (e.g. https://ik.imagekit.io/your_id)',
    );
  }
  if (blank(env.TAGCROP_ADMIN_USER) !== blank(env.TAGCROP_ADMIN_PASSWORD)) {
    problems.push(
      'TAGCROP_ADMIN_PASSWORD: TAGCROP_ADMIN_USER and TAGCROP_ADMIN_PASSWORD go together',
    );
  }
  const password = env.TAGCROP_ADMIN_PASSWORD?.trim();
  if (password && password.length < 8) {
    problems.push('TAGCROP_ADMIN_PASSWORD: must have at least 8 characters');
  }
  return problems;
}

export type Library =
  | { kind: 'imagekit'; privateKey: string; apiBaseUrl: string; urlEndpoint: string }
  | { kind: 'local'; configuredKey: string | undefined; rateLimit: string | undefined };

export interface UploadRateLimit {
  /** Files one user may upload per window; each file of a batch counts. */
  files: number;
  windowMs: number;
}

export interface UploadLimits {
  /** UPLOAD_MAX_MB, in bytes: the largest file accepted. */
  maxBytes: number;
  /** UPLOAD_MAX_MEGAPIXELS, in pixels: counted from the header, before any decoding. */
  maxPixels: number;
  rateLimit: UploadRateLimit;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** DATABASE_URL's PostgreSQL, or else the embedded SQLite file in DATA_DIR. */
  database: DatabaseTarget;
  logLevel: (typeof LOG_LEVELS)[number];
  library: Library;
  imagekitTimeoutMs: number;
  /** Seconds between incremental catalog syncs; 0: only the one at start. */
  catalogSyncSeconds: number;
  /** On PostgreSQL: how often an instance looks for work a dead instance left halfway. */
  takeoverSeconds: number;
  bootstrapAdmin: { username: string; password: string } | null;
  upload: UploadLimits;
  trustProxy: boolean | number | string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The only reader of the environment: parses it once, listing every problem at the same time. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`) ??
      []),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const library: Library = e.IMAGEKIT_PRIVATE_KEY
    ? {
        kind: 'imagekit',
        privateKey: e.IMAGEKIT_PRIVATE_KEY,
        apiBaseUrl: e.IMAGEKIT_API_BASE_URL,
        urlEndpoint: e.IMAGEKIT_URL_ENDPOINT!,
      }
    : {
        kind: 'local',
        configuredKey: e.LOCAL_LIBRARY_PRIVATE_KEY,
        rateLimit: e.LOCAL_LIBRARY_RATE_LIMIT,
      };
  const dataDir = path.resolve(e.DATA_DIR);
  const database: DatabaseTarget = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'sqlite', file: path.join(dataDir, 'tagcrop.sqlite') };
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    logLevel: e.LOG_LEVEL,
    library,
    imagekitTimeoutMs: e.IMAGEKIT_TIMEOUT_MS,
    catalogSyncSeconds: e.CATALOG_SYNC_SECONDS,
    takeoverSeconds: e.TAKEOVER_SECONDS,
    trustProxy: trustProxySetting(e.TRUST_PROXY),
    upload: {
      maxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
      maxPixels: e.UPLOAD_MAX_MEGAPIXELS * 1_000_000,
      rateLimit: uploadRateLimit(e.UPLOAD_RATE_LIMIT),
    },
    bootstrapAdmin:
      e.TAGCROP_ADMIN_USER && e.TAGCROP_ADMIN_PASSWORD
        ? { username: e.TAGCROP_ADMIN_USER, password: e.TAGCROP_ADMIN_PASSWORD }
        : null,
  });
}
