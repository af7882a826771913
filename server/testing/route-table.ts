import type { Express } from 'express';
import { METHODS } from 'node:http';

/** One route an app answers: `GET /api/files/:fileId`, `PATCH /local/v1/files/:fileId/details`. */
export interface RouteEntry {
  method: string;
  path: string;
}

/** What router 2 keeps on each layer of a router's stack (not part of Express's types). */
interface Layer {
  rawPath?: unknown;
  route?: { methods: Record<string, boolean | undefined> };
  handle?: { stack?: unknown };
}

/**
 * Every route an Express 5 app answers, read from its routers, so a route registered anywhere
 * (however deep its router is mounted) is listed without anyone having to write it down.
 *
 * Router 2 keeps each layer's path as given (`rawPath`) and a mounted router as the layer's
 * `handle` (it has a `stack`); joining the paths on the way down gives the full path. Plain
 * middleware is not a route and is not listed, even when it answers requests itself: that is
 * what a route is for. A path the walk cannot write as text (a RegExp, a list) fails loudly
 * rather than letting a route go unlisted.
 */
export function listRoutes(app: Express): RouteEntry[] {
  const routes = walk(app.router.stack as Layer[], '');
  const unique = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]));
  return [...unique.values()].sort(
    (a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method),
  );
}

export const routeKey = (route: RouteEntry) => `${route.method} ${route.path}`;

function walk(stack: readonly Layer[], prefix: string): RouteEntry[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const path = join(prefix, pathOf(layer, prefix));
      return methodsOf(layer.route).map((method) => ({ method, path }));
    }
    const nested = layer.handle?.stack;
    if (!Array.isArray(nested)) return [];
    return walk(nested as Layer[], join(prefix, pathOf(layer, prefix)));
  });
}

/** `router.all` marks `_all`; `app.all` registers every method one by one: both read as ALL. */
function methodsOf(route: NonNullable<Layer['route']>): string[] {
  const methods = Object.keys(route.methods).filter((method) => route.methods[method]);
  const everyOne = METHODS.every((method) => methods.includes(method.toLowerCase()));
  if (methods.includes('_all') || everyOne) return ['ALL'];
  return methods.map((method) => method.toUpperCase());
}

function pathOf(layer: Layer, prefix: string): string {
  if (typeof layer.rawPath !== 'string') {
    throw new Error(
      `A route under "${prefix || '/'}" has a path that is not text; list it by hand.`,
    );
  }
  return layer.rawPath;
}

function join(prefix: string, path: string): string {
  if (path === '/' || path === '') return prefix || '/';
  return `${prefix}${path.startsWith('/') ? '' : '/'}${path}`;
}
