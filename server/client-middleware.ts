import type { RequestHandler } from 'express';
import path from 'node:path';
import { clientAssets } from './http/client-assets.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Production serves the built files from dist/; development mounts Vite in middleware mode, so
 * `npm run dev` is one process and one origin, with hot reload.
 */
export async function createClientMiddleware(development: boolean): Promise<RequestHandler> {
  if (!development) return clientAssets(path.join(ROOT, 'dist'));
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: path.join(ROOT, 'vite.config.ts'),
    server: { middlewareMode: true },
    appType: 'spa',
  });
  return vite.middlewares;
}
