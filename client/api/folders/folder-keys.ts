export const folderKeys = {
  all: ['folders'] as const,
};
