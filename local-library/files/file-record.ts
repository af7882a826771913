import type { AITag } from './file-details.ts';

export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/**
 * One file of the library as stored. Sizes and `customCoordinates` are in the pixels of the image
 * as displayed, i.e. after its EXIF orientation is applied. Times are epoch milliseconds.
 */
export interface FileRecord {
  seq: number;
  id: string;
  name: string;
  /** Always starts and ends with "/", e.g. "/products/shoes/". */
  folder: string;
  filePath: string;
  fileType: 'image' | 'non-image';
  mime: string;
  format: ImageFormat;
  width: number;
  height: number;
  size: number;
  hasAlpha: boolean;
  isPrivateFile: boolean;
  isPublished: boolean;
  customCoordinates: string | null;
  description: string | null;
  customMetadata: Record<string, unknown>;
  embeddedMetadata: Record<string, unknown>;
  tags: string[];
  aiTags: AITag[];
  versionId: string;
  versionNumber: number;
  createdAt: number;
  updatedAt: number;
}

export type NewFileRecord = Omit<FileRecord, 'seq'>;

export interface FolderRecord {
  id: string;
  /** Same form as FileRecord.folder, e.g. "/products/shoes/". */
  path: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}
