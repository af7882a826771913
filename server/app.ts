import express, { type Request, type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AuthService } from './auth/auth-service.ts';
import { originCheck } from './auth/origin-check.ts';
import { loadSession, requireSession } from './auth/session-middleware.ts';
import { sessionRoutes } from './auth/session-routes.ts';
import type { SignInThrottle } from './auth/sign-in-throttle.ts';
import { usersRoutes } from './auth/users-routes.ts';
import { catalogRoutes } from './catalog/catalog-routes.ts';
import type { Catalog } from './catalog/catalog-service.ts';
import type { DatabaseHealth } from './db/database-health.ts';
import type { BulkTagsService } from './files/bulk-tags-service.ts';
import { filesRoutes } from './files/files-routes.ts';
import type { FilesService } from './files/files-service.ts';
import { uploadRoutes, type UploadRoutesDeps } from './files/upload-routes.ts';
import { jsonBodiesOnly, wellFormedInput } from './http/body-guards.ts';
import { apiNotFound, errorHandler } from './http/error-handler.ts';
import { journalRoutes } from './journal/journal-routes.ts';
import type { Journal } from './journal/journal-store.ts';
import type { Reverter } from './journal/revert-service.ts';
import type { RunsService } from './runs/runs-service.ts';
import { runsRoutes } from './runs/runs-routes.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { ViewsRepo } from './views/views-repo.ts';
import { viewsRoutes } from './views/views-routes.ts';

export const JSON_BODY_LIMIT = '64kb';
// 10,000 file ids of up to 64 characters need more than the general limit.
export const BULK_BODY_LIMIT = '1mb';

export interface AppDeps {
  logger: Logger;
  auth: AuthService;
  signInThrottle: SignInThrottle;
  files: FilesService;
  bulk: BulkTagsService;
  catalog: Catalog;
  journal: Journal;
  revert: Reverter;
  runs: RunsService;
  views: ViewsRepo;
  uploads: UploadRoutesDeps;
  library: 'local' | 'imagekit';
  database: DatabaseHealth;
  /** The embedded local library, mounted at /local when no ImageKit key is configured. */
  localLibrary?: Router;
  /** Serves the browser app: built files in production, Vite's middleware in development. */
  client?: RequestHandler;
  /** Origins images are delivered from, for the CSP. */
  imageOrigins: string[];
  development?: boolean;
  /** Express's `trust proxy`: set behind a reverse proxy so https and client addresses are seen. */
  trustProxy?: boolean | number | string;
}

// The one route whose body is a multipart form rather than JSON; it reads and checks its own.
const isUpload = (req: Request) => req.method === 'POST' && req.path === '/files';

/** Builds the whole HTTP app without listening, so tests drive it in-process. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(securityHeaders({ imageOrigins: deps.imageOrigins, development: !!deps.development }));
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url?.startsWith('/local/media/') ?? false },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  if (deps.localLibrary) {
    // Images may be shown by a page opened under another host name (localhost vs 127.0.0.1).
    app.use('/local/media', (_req, res, next) => {
      res.set('Cross-Origin-Resource-Policy', 'cross-origin');
      next();
    });
    app.use('/local', deps.localLibrary);
  }

  const api = express.Router();
  api.use('/bulk', express.json({ limit: BULK_BODY_LIMIT }));
  api.use(express.json({ limit: JSON_BODY_LIMIT }));
  api.use((req, res, next) => (isUpload(req) ? next() : jsonBodiesOnly(req, res, next)));
  api.use(wellFormedInput);
  // For load balancers: an instance whose database does not answer takes no requests.
  api.get('/health', async (_req, res) => {
    const answers = await deps.database.answers();
    res.status(answers ? 200 : 503).json({
      status: answers ? 'ok' : 'unavailable',
      library: deps.library,
      database: deps.database.dialect,
    });
  });
  api.use(originCheck);
  api.use(loadSession(deps.auth));
  api.use(sessionRoutes(deps.auth, deps.signInThrottle));
  api.use(requireSession);
  api.use(usersRoutes(deps.auth));
  api.use(filesRoutes(deps.files, deps.bulk));
  api.use(uploadRoutes(deps.uploads));
  api.use(journalRoutes(deps.journal, deps.revert));
  api.use(runsRoutes(deps.runs));
  api.use(catalogRoutes(deps.catalog));
  api.use(viewsRoutes(deps.views));
  api.use(apiNotFound);
  app.use('/api', api);

  if (deps.client) app.use(deps.client);
  app.use(errorHandler(deps.logger));
  return app;
}
