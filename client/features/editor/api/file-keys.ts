export const fileKeys = {
  all: ['files', 'detail'] as const,
  detail: (fileId: string) => [...fileKeys.all, fileId] as const,
  current: (fileId: string) => ['files', 'current', fileId] as const,
};
