import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * A CSP that lets the page load scripts only from us and images only from us and the image
 * origin (ImageKit's URL endpoint, or the local library). react-select styles itself inline,
 * hence 'unsafe-inline' for styles only. Development relaxes scripts for Vite's HMR preamble.
 */
export function securityHeaders(options: {
  imageOrigins: string[];
  development: boolean;
}): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: options.development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...options.imageOrigins],
        connectSrc: options.development ? ["'self'", 'ws:'] : ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}
