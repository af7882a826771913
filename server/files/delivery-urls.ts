import type { FileDetails } from '../../common/file-details.ts';
import type { ImageKitGateway } from '../imagekit/imagekit-gateway.ts';

export const SIGNED_URL_TTL_SECONDS = 10 * 60;

function withTransformation(url: string, transformation: string | undefined): string {
  if (!transformation) return url;
  return `${url}${url.includes('?') ? '&' : '?'}tr=${transformation}`;
}

/**
 * Where the browser fetches a file's image. Public files: the delivery URL itself. Private files:
 * a short-lived URL signed here, since signing needs the private key. The URL and the private
 * flag come from the catalog, so a grid of thumbnails costs no ImageKit calls; a file the catalog
 * does not know yet is read from ImageKit.
 */
export function createDeliveryUrls(
  imagekit: ImageKitGateway,
  lookup: (fileId: string) => Promise<Pick<FileDetails, 'url' | 'isPrivateFile'>>,
) {
  return {
    async imageUrl(fileId: string, transformation?: string): Promise<string> {
      const file = await lookup(fileId);
      return file.isPrivateFile
        ? imagekit.signedUrl(file.url, transformation, SIGNED_URL_TTL_SECONDS)
        : withTransformation(file.url, transformation);
    },
  };
}
