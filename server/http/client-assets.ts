import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Serves the built single-page app: hashed assets cached for a year, and index.html (never
 * cached, so a deploy shows at once) for every other GET outside /api and /local.
 */
export function clientAssets(distDir: string): Router {
  const router = Router();
  const indexFile = path.join(distDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      fallthrough: false,
    }),
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/local/')) return next();
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The client is not built yet: run "npm run build".');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexFile);
  });
  return router;
}
