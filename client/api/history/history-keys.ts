export const historyKeys = {
  all: ['history'] as const,
  file: (fileId: string) => [...historyKeys.all, fileId] as const,
};
