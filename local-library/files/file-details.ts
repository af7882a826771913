/** A file as ImageKit's `GET /v1/files/{fileId}/details` answers it (openapi-v1.yaml). */
export interface FileDetails {
  fileId: string;
  type: 'file' | 'file-version';
  name: string;
  filePath: string;
  tags: string[] | null;
  AITags: AITag[] | null;
  versionInfo: { id: string; name: string };
  isPrivateFile: boolean;
  isPublished: boolean;
  customCoordinates: string | null;
  url: string;
  thumbnail: string;
  fileType: 'image' | 'non-image';
  mime: string;
  width?: number;
  height?: number;
  size: number;
  hasAlpha?: boolean;
  customMetadata: Record<string, unknown>;
  description?: string;
  embeddedMetadata?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  extensionStatus?: Record<string, string>;
}

export interface AITag {
  name: string;
  confidence: number;
  source: string;
}
