import fs from 'node:fs';
import path from 'node:path';
import type TestAgent from 'supertest/lib/agent.js';
import type { FileDetails } from '../../common/file-details.ts';
import type { TestApp } from './test-app.ts';

/** What an upload could have created: files in the library, rows in the catalog. */
export interface UploadState {
  library: string[];
  catalog: string[];
}

/** The library's file ids (read past tagcrop) and the catalog's (read through tagcrop's API). */
export async function uploadState(t: TestApp, agent: TestAgent): Promise<UploadState> {
  const listed = (await t.direct.assets.list({ type: 'file', limit: 1000 })) as FileDetails[];
  const res = await agent.get('/api/files').query({ limit: 500 });
  if (res.status !== 200) throw new Error(`catalog list failed: ${res.status} ${res.text}`);
  const catalog = (res.body as { files: FileDetails[] }).files;
  return {
    library: listed.map((f) => f.fileId).sort(),
    catalog: catalog.map((f) => f.fileId).sort(),
  };
}

/** Files still waiting in the upload spool: none once every answer has gone. */
export function spoolLeft(t: TestApp): string[] {
  const dir = path.join(t.dataDir, 'upload-spool');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}
