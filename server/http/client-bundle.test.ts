import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../common/api/error-envelope.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CANARIES = {
  IMAGEKIT_PRIVATE_KEY: 'private_BundleCanaryImageKit7Hq2Lw9Zx',
  LOCAL_LIBRARY_PRIVATE_KEY: 'private_BundleCanaryLocalLib4Mn8Pk3Rt',
} as const;

let outDir: string;
const files = new Map<string, string>();
const saved = new Map<string, string | undefined>();

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-bundle-'));
  for (const [name, value] of Object.entries(CANARIES)) {
    saved.set(name, process.env[name]);
    process.env[name] = value;
  }
  try {
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  for (const file of listFiles(outDir)) {
    files.set(path.relative(outDir, file), fs.readFileSync(file, 'latin1'));
  }
}, 120_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the built client', () => {
  it('when built, then the grep below reads real bundle files (it could find a string)', () => {
    expect([...files.keys()]).toContain('index.html');
    const scripts = [...files].filter(([name]) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some(([, text]) => text.includes(CSRF_HEADER))).toBe(true);
  });

  it('when the private keys are in the environment at build time, then no file holds them', () => {
    const found = [...files].flatMap(([name, text]) =>
      Object.values(CANARIES)
        .filter((canary) => text.includes(canary))
        .map((canary) => `${name}: ${canary}`),
    );
    expect(found).toEqual([]);
  });

  it('then nothing in it looks like an ImageKit private key', () => {
    const found = [...files].flatMap(([name, text]) =>
      [...text.matchAll(/private_[A-Za-z0-9]{8,}/g)].map((m) => `${name}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
