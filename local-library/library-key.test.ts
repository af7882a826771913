import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_KEY_FILE, loadOrCreateLibraryKey } from './library-key.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'library-key-')), 'nested');
});
afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

describe('loadOrCreateLibraryKey', () => {
  it('returns the configured key and stores nothing', () => {
    expect(loadOrCreateLibraryKey(dataDir, 'private_configured')).toBe('private_configured');
    expect(fs.existsSync(path.join(dataDir, LIBRARY_KEY_FILE))).toBe(false);
  });

  it('generates a key once, stores it owner-only, and returns it again later', () => {
    const key = loadOrCreateLibraryKey(dataDir);
    expect(key).toMatch(/^private_[A-Za-z0-9_-]{32}$/);
    const file = path.join(dataDir, LIBRARY_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateLibraryKey(dataDir)).toBe(key);
    expect(loadOrCreateLibraryKey(path.join(dataDir, '..', 'other'))).not.toBe(key);
  });

  it('replaces a stored key that is not a valid key', () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, LIBRARY_KEY_FILE), 'garbage');
    expect(loadOrCreateLibraryKey(dataDir)).toMatch(/^private_[A-Za-z0-9_-]{32}$/);
  });
});
