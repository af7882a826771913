import { Router } from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServer, type ComposedServer } from '../../compose.ts';
import { loadConfig } from '../../config.ts';
import { listRoutes, routeKey } from '../route-table.ts';
import { FAKE_CONTEXT } from './fake-context.ts';
import { keyOf, ROUTES } from './fuzz-routes.ts';
import { generateFuzzRequests } from './fuzz-suite.ts';
import { LIBRARY_ROUTES } from './library-routes.ts';

let dataDir: string;
let composed: ComposedServer;
let discovered: string[];
const described = new Set([...ROUTES, ...LIBRARY_ROUTES].map(keyOf));

// Composed as `npm start` composes it with no ImageKit key: tagcrop's API with the local library
// mounted at /local, so the route table holds every route the server answers.
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tagcrop-routes-'));
  composed = await composeServer(loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }), {
    logger: pino({ level: 'silent' }),
    selfUrl: 'http://127.0.0.1:9',
  });
  discovered = listRoutes(composed.app).map(routeKey);
}, 60_000);

afterAll(() => {
  composed?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the fuzz suite against the routes the server really has', () => {
  it('when the server is composed, then its routers list tagcrop, library API and delivery routes', () => {
    for (const prefix of ['/api/', '/local/v1/', '/local/api/', '/local/media/']) {
      expect(
        discovered.some((key) => key.split(' ')[1]!.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it('when a router has a route, then the fuzz suite describes it (a new route must be fuzzed)', () => {
    expect(discovered.filter((key) => !described.has(key))).toEqual([]);
  });

  it('when the fuzz suite describes a route, then a router still has it', () => {
    expect([...described].filter((key) => !discovered.includes(key))).toEqual([]);
  });

  it('then the generated suite sends malformed requests to every one of them', () => {
    const reached = new Set(generateFuzzRequests(1, FAKE_CONTEXT).map((r) => r.route));
    expect(discovered.filter((key) => !reached.has(key))).toEqual([]);
  });

  // Last: it adds a route to the composed app.
  it('when a route is added in a nested router, then the comparison above finds it', () => {
    composed.app.use(
      '/api',
      Router().use(
        '/files',
        Router().post('/:fileId/copy', () => {}),
      ),
    );
    const now = listRoutes(composed.app).map(routeKey);
    expect(now.filter((key) => !described.has(key))).toEqual(['POST /api/files/:fileId/copy']);
  });
});
