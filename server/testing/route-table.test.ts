import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { listRoutes } from './route-table.ts';

const ok: express.RequestHandler = (_req, res) => {
  res.end();
};

describe('listRoutes', () => {
  it('when routers are nested and mounted, then each route is listed with its full path', () => {
    const inner = Router();
    inner.get('/files/:fileId', ok);
    inner.patch('/files/:fileId/details', express.json(), ok);
    const middle = Router();
    middle.use((_req, _res, next) => next());
    middle.use('/v1', inner);
    middle.post('/upload', ok);
    const app = express();
    app.use(express.json());
    app.use('/local', middle);
    app.get('/health', ok);
    app.use('/root', Router().get('/', ok));

    expect(listRoutes(app)).toEqual([
      { method: 'GET', path: '/health' },
      { method: 'POST', path: '/local/upload' },
      { method: 'GET', path: '/local/v1/files/:fileId' },
      { method: 'PATCH', path: '/local/v1/files/:fileId/details' },
      { method: 'GET', path: '/root' },
    ]);
  });

  it('when a route takes several methods, a wildcard or all methods, then each is listed', () => {
    const app = express();
    app.route('/a').get(ok).delete(ok);
    app.all('/b', ok);
    app.use('/c', Router().all('/', ok));
    app.use('/media', Router().get('/{*filePath}', ok));
    expect(listRoutes(app)).toEqual([
      { method: 'DELETE', path: '/a' },
      { method: 'GET', path: '/a' },
      { method: 'ALL', path: '/b' },
      { method: 'ALL', path: '/c' },
      { method: 'GET', path: '/media/{*filePath}' },
    ]);
  });

  it('when the same router is mounted twice, then its routes are listed under both paths', () => {
    const shared = Router().get('/x', ok);
    const app = express();
    app.use('/one', shared);
    app.use('/two', shared);
    expect(listRoutes(app).map((r) => r.path)).toEqual(['/one/x', '/two/x']);
  });

  it('when a router is mounted on a RegExp, then listing fails instead of leaving it out', () => {
    const app = express();
    app.use(/^\/odd/, Router().get('/x', ok));
    expect(() => listRoutes(app)).toThrow(/not text/);
  });
});
