export const viewKeys = {
  all: ['views'] as const,
};
