import type { FileDetails } from '../../common/file-details.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';

export const SIGNED_URL_TTL_SECONDS = 10 * 60;
const REMEMBER_MS = 5 * 60 * 1000;
const MAX_REMEMBERED = 5000;

interface Remembered {
  url: string;
  isPrivateFile: boolean;
  at: number;
}

function withTransformation(url: string, transformation: string | undefined): string {
  if (!transformation) return url;
  return `${url}${url.includes('?') ? '&' : '?'}tr=${transformation}`;
}

/**
 * Where the browser fetches a file's image. Public files: the delivery URL itself. Private files:
 * a short-lived URL signed here, since signing needs the private key. Files seen in recent list or
 * get answers are remembered, so a grid of thumbnails costs no extra ImageKit calls.
 */
export function createDeliveryUrls(
  imagekit: ImageKitGateway,
  getFile: (fileId: string) => Promise<FileDetails>,
  now: () => number = Date.now,
) {
  const remembered = new Map<string, Remembered>();

  function remember(file: FileDetails): void {
    remembered.delete(file.fileId);
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(file.fileId, { url: file.url, isPrivateFile: file.isPrivateFile, at: now() });
  }

  async function lookup(fileId: string): Promise<Remembered> {
    const hit = remembered.get(fileId);
    if (hit && now() - hit.at < REMEMBER_MS) return hit;
    const file = await getFile(fileId);
    remember(file);
    return remembered.get(fileId)!;
  }

  return {
    remember,
    async imageUrl(fileId: string, transformation?: string): Promise<string> {
      const file = await lookup(fileId);
      return file.isPrivateFile
        ? imagekit.signedUrl(file.url, transformation, SIGNED_URL_TTL_SECONDS)
        : withTransformation(file.url, transformation);
    },
  };
}

export type DeliveryUrls = ReturnType<typeof createDeliveryUrls>;
