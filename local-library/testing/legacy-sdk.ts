import type { AxiosStatic, InternalAxiosRequestConfig } from 'axios';
import LegacyImageKit from 'imagekit';
import { createRequire } from 'node:module';

const IMAGEKIT_API = 'https://api.imagekit.io';

// The legacy SDK require()s axios, which loads axios's CommonJS build; `import axios` would load
// its ESM build, a separate default instance whose interceptors the SDK never runs.
const axios = createRequire(import.meta.url)('axios') as AxiosStatic;

export interface LegacyClient {
  imagekit: LegacyImageKit;
  /** Removes the redirect from the shared axios instance. */
  stop(): void;
}

/**
 * The legacy `imagekit` SDK talking to a local library. It has no base URL option (it always
 * calls https://api.imagekit.io), so an interceptor on the default axios instance, which it
 * uses, rewrites those URLs to `baseURL`.
 */
export function legacyClient(library: {
  baseURL: string;
  urlEndpoint: string;
  privateKey: string;
}): LegacyClient {
  const interceptor = axios.interceptors.request.use((config: InternalAxiosRequestConfig) => {
    if (config.url?.startsWith(IMAGEKIT_API)) {
      config.url = library.baseURL + config.url.slice(IMAGEKIT_API.length);
    }
    return config;
  });
  const imagekit = new LegacyImageKit({
    publicKey: 'public_local_library',
    privateKey: library.privateKey,
    urlEndpoint: library.urlEndpoint,
  });
  return { imagekit, stop: () => axios.interceptors.request.eject(interceptor) };
}
