// The local library's public surface: everything outside this folder imports from here only.
export {
  createLocalLibrary,
  type LocalLibrary,
  type LocalLibraryOptions,
} from './create-local-library.ts';
export type { FaultOptions, FaultSwitch, LibraryFault } from './http/fault-switch.ts';
export { LIBRARY_KEY_FILE, loadOrCreateLibraryKey } from './library-key.ts';
export { startLocalLibrary, type StandaloneLibrary, type StandaloneOptions } from './listen.ts';
export { parseRateLimit, type RateLimit } from './rate-limit/rate-limit-text.ts';
