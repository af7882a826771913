export const runKeys = {
  all: ['runs'] as const,
  lists: () => [...runKeys.all, 'list'] as const,
  detail: (runId: string) => [...runKeys.all, 'detail', runId] as const,
};
