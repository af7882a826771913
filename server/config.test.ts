import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the local library and the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      library: { kind: 'local', configuredKey: undefined, rateLimit: undefined },
      imagekitTimeoutMs: 15000,
      bootstrapAdmin: null,
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: `${config.dataDir}/tagcrop.sqlite`,
    });
  });

  it('keeps every store in PostgreSQL with DATABASE_URL, and refuses other URLs unechoed', () => {
    const url = 'postgres://tagcrop:s3cret@db.internal:5432/tagcrop';
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ kind: 'postgres', url });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/tagcrop' }).database.kind).toBe('postgres');
    expect(loadConfig({ DATABASE_URL: ' ' }).database.kind).toBe('sqlite');
    for (const bad of ['mysql://root:s3cret@db/tagcrop', 'not a url s3cret']) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(
        /DATABASE_URL: must be a PostgreSQL URL/,
      );
      expect(() => loadConfig({ DATABASE_URL: bad })).not.toThrow(/s3cret/);
    }
  });

  it('switches to ImageKit with a private key and URL endpoint', () => {
    const config = loadConfig({
      IMAGEKIT_PRIVATE_KEY: 'private_abc123',
      IMAGEKIT_URL_ENDPOINT: 'https://ik.imagekit.io/demo',
    });
    expect(config.library).toEqual({
      kind: 'imagekit',
      privateKey: 'private_abc123',
      apiBaseUrl: 'https://api.imagekit.io',
      urlEndpoint: 'https://ik.imagekit.io/demo',
    });
  });

  it('keeps the local library rate limit as written, "off" or unset meaning none', () => {
    expect(loadConfig({ LOCAL_LIBRARY_RATE_LIMIT: '10/1s' }).library).toMatchObject({
      rateLimit: '10/1s',
    });
    expect(loadConfig({ LOCAL_LIBRARY_RATE_LIMIT: 'off' }).library).toMatchObject({
      rateLimit: undefined,
    });
  });

  it('limits uploads to 25 MB, 100 megapixels and 300 files per user and hour by default', () => {
    expect(loadConfig({}).upload).toEqual({
      maxBytes: 25 * 1024 * 1024,
      maxPixels: 100_000_000,
      rateLimit: { files: 300, windowMs: 3_600_000 },
    });
    const set = loadConfig({
      UPLOAD_MAX_MB: '5',
      UPLOAD_MAX_MEGAPIXELS: '40',
      UPLOAD_RATE_LIMIT: '50/10m',
    });
    expect(set.upload).toEqual({
      maxBytes: 5 * 1024 * 1024,
      maxPixels: 40_000_000,
      rateLimit: { files: 50, windowMs: 600_000 },
    });
    expect(() => loadConfig({ UPLOAD_MAX_MB: '0', UPLOAD_RATE_LIMIT: 'lots' })).toThrow(
      /UPLOAD_MAX_MB[\s\S]*UPLOAD_RATE_LIMIT: write files per user and window/,
    );
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ IMAGEKIT_PRIVATE_KEY: '  ', TAGCROP_ADMIN_USER: '' }).library.kind).toBe(
      'local',
    );
  });

  it('lists every problem at once, and never echoes the key', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        IMAGEKIT_PRIVATE_KEY: 'public_oops_secretish',
        TAGCROP_ADMIN_USER: 'root',
        IMAGEKIT_TIMEOUT_MS: '-5',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/IMAGEKIT_PRIVATE_KEY: must be an ImageKit private key/);
    expect(problems).toMatch(/IMAGEKIT_URL_ENDPOINT: is required/);
    expect(problems).toMatch(/TAGCROP_ADMIN_PASSWORD/);
    expect(problems).toMatch(/IMAGEKIT_TIMEOUT_MS/);
    expect((error as Error).message).not.toContain('public_oops_secretish');
  });
});
