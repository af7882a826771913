export const tagKeys = {
  all: ['tags'] as const,
  vocabulary: (q: string) => [...tagKeys.all, 'vocabulary', q] as const,
};
