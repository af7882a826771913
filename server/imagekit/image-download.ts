import { AppError } from '../errors.ts';

/** How long an image download may take, and how big it may be. */
export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Whether `fileUrl` lies under the configured URL endpoint: same scheme, host and port, and a
 * path inside the endpoint's. Images are only ever read from there, never from a URL that came
 * from anywhere else (a user, or a file record pointing somewhere unexpected).
 */
export function isUnderEndpoint(fileUrl: string, urlEndpoint: string): boolean {
  let file: URL;
  let endpoint: URL;
  try {
    file = new URL(fileUrl);
    endpoint = new URL(urlEndpoint);
  } catch {
    return false;
  }
  if (file.origin !== endpoint.origin || file.username || file.password) return false;
  const base = endpoint.pathname.endsWith('/') ? endpoint.pathname : `${endpoint.pathname}/`;
  return file.pathname.startsWith(base);
}

const fail = (message: string, cause?: unknown) =>
  new AppError(502, 'upstream_error', message, { cause });

/** Reads the body, refusing it as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw fail(`The image ImageKit delivered is over ${Math.round(maxBytes / 1024)} KB.`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw fail(`The image ImageKit delivered is over ${Math.round(maxBytes / 1024)} KB.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads an image from the delivery URL, bounded in time and size: no redirects (they could
 * lead off the endpoint), an image content type, a 200. Failures are 502, a timeout is 504.
 */
export async function downloadImage(url: string, limits: DownloadLimits): Promise<Buffer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, { redirect: 'error', signal });
    if (response.status !== 200) {
      await response.body?.cancel();
      throw fail(`ImageKit could not deliver the image (${response.status}).`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('image/')) {
      await response.body?.cancel();
      throw fail('ImageKit delivered something that is not an image.');
    }
    return await readCapped(response, limits.maxBytes);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted) {
      throw new AppError(
        504,
        'upstream_timeout',
        `ImageKit did not deliver the image within ${limits.timeoutMs / 1000} s.`,
        { cause: error },
      );
    }
    throw fail('Could not download the image from ImageKit. Try again shortly.', error);
  }
}
