import type { z } from 'zod';

/** The messages `schema` has for `value`, each once, in order; none when it is valid. */
export function schemaProblems(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return [...new Set(parsed.error.issues.map((issue) => issue.message))];
}
